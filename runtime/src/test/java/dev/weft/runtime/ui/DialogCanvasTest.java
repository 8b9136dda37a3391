package dev.weft.runtime.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.weft.Dialog;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ProtocolException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dialogs on a run's canvas: a container whose open state is a widget value, changed by the run. */
class DialogCanvasTest {

    private static final String ID = "dialog:Add a note:0";

    @Test
    void dialog_isClosedAtFirst_opensForTheRestOfTheRun_andKeepsItsContent() {
        Canvas canvas = new Canvas(Map.of());
        Dialog dialog = new UiImpl(canvas).dialog("Add a note");
        assertThat(dialog.isOpen()).isFalse();
        dialog.open();
        assertThat(dialog.isOpen()).isTrue();
        dialog.textInput("Note", "");

        Canvas.Drawing drawing = canvas.seal();
        assertThat(drawing.values()).containsEntry(ID, true);
        assertThat(drawing.elements().get(0).toString())
                .startsWith("{\"t\":\"dialog\",\"id\":\"" + ID + "\",\"label\":\"Add a note\",\"disabled\":false,"
                        + "\"value\":true,\"children\":[{\"t\":\"text_input\"");
    }

    @Test
    void wideDialog_saysHowWide_theDefaultSaysNothing() {
        Canvas canvas = new Canvas(Map.of());
        UiImpl ui = new UiImpl(canvas);
        ui.dialog("Weekly report", Dialog.Width.LARGE);
        ui.dialog("Filters", Dialog.Width.MEDIUM);
        ui.dialog("Add a note", Dialog.Width.SMALL);
        List<ObjectNode> elements = canvas.seal().elements();
        assertThat(elements.get(0).path("width").asText()).isEqualTo("large");
        assertThat(elements.get(1).path("width").asText()).isEqualTo("medium");
        assertThat(elements.get(2).has("width")).as("small is the default").isFalse();
        assertThatThrownBy(() -> new UiImpl(new Canvas(Map.of())).dialog("No width", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("width");
    }

    @Test
    void openState_carriesIntoTheNextRun_untilTheRunClosesIt() {
        Canvas next = new Canvas(Map.of(ID, true));
        Dialog dialog = new UiImpl(next).dialog("Add a note");
        assertThat(dialog.isOpen()).isTrue();
        dialog.close();
        assertThat(next.seal().values()).containsEntry(ID, false);
    }

    @Test
    void browser_mayOnlyCloseADialog() throws ProtocolException {
        Canvas canvas = new Canvas(Map.of());
        new UiImpl(canvas).dialog("Add a note");
        WidgetSpec spec = canvas.seal().widgets().get(ID);
        assertThat(spec.accept(BooleanNode.FALSE)).isEqualTo(false);
        for (JsonNode forged : new JsonNode[] {BooleanNode.TRUE, TextNode.valueOf("false"), IntNode.valueOf(0)}) {
            assertThatThrownBy(() -> spec.accept(forged))
                    .as(forged.toString())
                    .isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("can only be closed from the browser");
        }
    }

    @Test
    void dialog_cannotBeDrawnInAForm() {
        UiImpl ui = new UiImpl(new Canvas(Map.of()));
        assertThatThrownBy(() -> ui.form("f").dialog("Edit"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a dialog is not part of a form");
    }
}
