package dev.weft.examples.gallery;

import dev.weft.ChartSpec;
import dev.weft.Renderable;
import dev.weft.Ui;
import java.util.List;
import java.util.Map;

/** {@code ui.display(value)}: Markdown, a number, records, a type that renders itself, a chart spec. */
final class DisplaySection {

    private DisplaySection() {}

    static void draw(Ui ui) {
        ui.header("Display by type");
        List<Ui> columns = ui.columns(2);
        Ui left = columns.get(0);
        left.caption("A String is Markdown; a number, plain text:");
        left.display("**Returns** are _down_ this quarter.");
        left.display(2.3);
        left.caption("A type that renders itself offers Markdown and SVG; display picks the SVG:");
        left.display(new Temperature(21.5));
        Ui right = columns.get(1);
        right.caption("A ChartSpec is a chart:");
        right.display(
                ChartSpec.of("{\"xAxis\":{\"type\":\"category\",\"data\":[\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"]},"
                        + "\"yAxis\":{\"type\":\"value\"},\"series\":[{\"type\":\"bar\",\"data\":[31,47,42,58,64]}]}"));
        ui.caption("A list of records is a table:");
        ui.display(DataSection.STORES.subList(0, 3));
    }

    /** A type that renders itself: Markdown and an SVG; display picks the SVG. */
    record Temperature(double celsius) implements Renderable {
        @Override
        public Map<String, Object> renderings() {
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"52\">"
                    + "<rect width=\"200\" height=\"52\" rx=\"10\" fill=\"#fef3c7\"/>"
                    + "<text x=\"16\" y=\"33\" font-family=\"sans-serif\" font-size=\"18\" fill=\"#92400e\">"
                    + "Store: " + celsius + " °C</text></svg>";
            return Map.of(MARKDOWN, "**" + celsius + " °C**", SVG, svg);
        }
    }
}
