package dev.weft.runtime.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A selection in a chart as the server accepted it: the value the chart holds as a widget, from which
 * the app gets its {@link dev.weft.ChartSelection}.
 *
 * @param on the points the selection was made on (a selection is kept across reruns only while the
 *     chart plots the same points); null for the empty selection, which fits every chart
 * @param indices the selected rows' positions, ascending
 * @param series the series clicked, for point selections; else null
 * @param range the brushed x range, for {@link dev.weft.ChartSelect#X_RANGE}; else null
 */
public record ChartPick(ChartPoints on, List<Integer> indices, String series, XRange range) {

    /** Nothing selected. */
    public static final ChartPick NONE = new ChartPick(null, List.of(), null, null);

    /**
     * A brushed x range, both ends included.
     *
     * @param from the low end: an x value on a value axis, a category position on a category axis
     * @param to the high end, likewise
     * @param positions whether the ends are category positions (whole numbers)
     */
    public record XRange(double from, double to, boolean positions) {}

    /** Copies the indices. */
    public ChartPick {
        indices = List.copyOf(indices);
    }

    /** Whether this selection may stand on a chart drawn with {@code points}. */
    public boolean fits(ChartPoints points) {
        return on == null || on.equals(points);
    }

    /** The selection as the browser is shown it (and sends it): null when nothing is selected. */
    public JsonNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (indices.isEmpty() && range == null) {
            return json.nullNode();
        }
        ObjectNode node = json.objectNode();
        if (range != null) {
            if (range.positions()) {
                node.put("from", (int) range.from()).put("to", (int) range.to());
            } else {
                node.put("from", range.from()).put("to", range.to());
            }
        } else {
            indices.forEach(node.putArray("indices")::add);
            if (series != null) {
                node.put("series", series);
            }
        }
        return node;
    }
}
