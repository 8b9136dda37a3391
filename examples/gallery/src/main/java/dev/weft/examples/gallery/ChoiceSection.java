package dev.weft.examples.gallery;

import dev.weft.Range;
import dev.weft.Ui;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The richer widgets: a range slider, a multiselect, radio buttons, a toggle, date, time and colour
 * fields and a text area, then what the server got from them, as in {@link WidgetSection}.
 */
final class ChoiceSection {

    static final List<String> CATEGORIES = List.of("Tents", "Packs", "Clothing", "Stoves", "Maps");

    private ChoiceSection() {}

    static void draw(Ui ui) {
        ui.header("More widgets");
        List<Ui> top = ui.columns(2);
        Range<Integer> price = top.get(0).rangeSlider("Price (€)", 0, 500, 40, 220);
        List<String> categories = top.get(1).multiselect("Categories", CATEGORIES, List.of("Tents", "Packs"), 3);
        List<Ui> middle = ui.columns(2);
        String delivery = middle.get(0).radio("Delivery", List.of("Standard", "Express", "Pick-up"));
        boolean inStock = middle.get(1).toggle("In stock only", true);
        List<Ui> when = ui.columns(3);
        LocalDate from = when.get(0)
                .dateInput(
                        "Sale starts",
                        LocalDate.of(2026, 11, 27),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 12, 31));
        LocalTime opens = when.get(1).timeInput("Doors open", LocalTime.of(9, 30));
        String colour = when.get(2).colorPicker("Banner colour", "#0f766e");
        String note = ui.textArea("Note for the stores", "Put the winter tents at the front.", 280);
        ui.text(String.format(
                "%s € · %s · %s · %s · %s at %s · %s · %d characters",
                price,
                categories.isEmpty() ? "any category" : String.join(", ", categories),
                delivery.toLowerCase(),
                inStock ? "in stock only" : "all stock",
                from,
                opens,
                colour,
                note.length()));
    }
}
