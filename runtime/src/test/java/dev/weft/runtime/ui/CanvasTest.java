package dev.weft.runtime.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Ui;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The element tree a run draws, and the changes its live output follows. */
class CanvasTest {

    private final AtomicInteger changes = new AtomicInteger();
    private final Canvas canvas = new Canvas(Map.of(), changes::incrementAndGet);
    private final UiImpl ui = new UiImpl(canvas);

    @Test
    void containers_holdWhatIsDrawnIntoThem_inThePlaceTheyWereDrawn() {
        List<Ui> columns = ui.columns(1, 2);
        ui.text("below");
        columns.get(1).text("right");
        columns.get(0).expander("More").text("inside");

        List<ObjectNode> elements = canvas.snapshot();
        assertEquals(
                "[{\"t\":\"columns\",\"children\":[{\"t\":\"column\",\"width\":1.0,\"children\":[{\"t\":\"expander\","
                        + "\"label\":\"More\",\"expanded\":false,\"children\":[{\"t\":\"text\",\"text\":\"inside\"}]}]},"
                        + "{\"t\":\"column\",\"width\":2.0,\"children\":[{\"t\":\"text\",\"text\":\"right\"}]}]}, "
                        + "{\"t\":\"text\",\"text\":\"below\"}]",
                elements.toString());
    }

    @Test
    void drewChart_saysWhetherTheRunDrewAChart_evenInAContainer_andRemovedElementsAreNoneOfThem() {
        try (var spinner = ui.spinner("Loading…")) {
            ui.text("no chart yet");
        }
        assertFalse(canvas.drewChart(), "a removed spinner and a text are no chart");
        ui.columns(2).get(1).lineChart(List.of(1, 3, 2));
        assertTrue(canvas.drewChart(), "a line chart in a column");
    }

    @Test
    void emptyPlaceholder_keepsItsLastElement_andForgetsReplacedWidgets() {
        Ui placeholder = ui.empty();
        placeholder.checkbox("Gone", true);
        placeholder.text("10 %");
        placeholder.text("20 %");

        assertEquals(
                "[{\"t\":\"empty\",\"children\":[{\"t\":\"text\",\"text\":\"20 %\"}]}]",
                canvas.snapshot().toString());
        assertNull(canvas.drawnWidget("checkbox:Gone:0"), "a widget the placeholder no longer holds is gone");
        assertTrue(canvas.seal().widgets().isEmpty());

        Canvas other = new Canvas(Map.of());
        Ui cleared = new UiImpl(other).empty();
        cleared.text("x");
        cleared.empty(); // as Streamlit's placeholder.empty(): shows nothing any more
        assertEquals(
                "[{\"t\":\"empty\",\"children\":[{\"t\":\"empty\",\"children\":[]}]}]",
                other.snapshot().toString());
    }

    @Test
    void everyChange_isReported_andAHandleReplacesItsElementInPlace() {
        ui.text("a");
        ElementHandle progress = ui.draw(Canvas.element("text").put("text", "0 %"));
        ui.text("b");
        int before = changes.get();

        progress.replace(Canvas.element("text").put("text", "50 %"));

        assertEquals(before + 1, changes.get());
        assertEquals(
                "[{\"t\":\"text\",\"text\":\"a\"}, {\"t\":\"text\",\"text\":\"50 %\"}, {\"t\":\"text\",\"text\":\"b\"}]",
                canvas.snapshot().toString());
    }

    @Test
    void afterTheRunEnded_drawingAndReplacingAreIgnored_andNothingIsReported() {
        ElementHandle handle = ui.draw(Canvas.element("text").put("text", "kept"));
        Ui later = ui.container();
        Canvas.Drawing drawing = canvas.seal();
        int before = changes.get();

        handle.replace(Canvas.element("text").put("text", "late"));
        later.text("late");
        ui.columns(2).get(0).text("late");

        assertEquals(before, changes.get());
        assertNull(canvas.snapshot(), "no output so far once the run has ended");
        assertEquals(
                "[{\"t\":\"text\",\"text\":\"kept\"}, {\"t\":\"container\",\"children\":[]}]",
                drawing.elements().toString());
    }

    @Test
    void snapshot_sharesTheDrawnElements_andCopiesTheContainers() {
        ObjectNode text = Canvas.element("text").put("text", "shared");
        Ui box = ui.container();
        new UiImpl(canvas).draw(text);
        List<ObjectNode> first = canvas.snapshot();
        box.text("added later");

        assertSame(text, first.get(1), "elements are never changed once drawn, so a snapshot shares them");
        assertEquals(0, first.get(0).get("children").size(), "a snapshot does not change when drawing goes on");
    }
}
