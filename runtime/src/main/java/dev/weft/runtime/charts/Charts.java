package dev.weft.runtime.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.rows.Rows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds chart elements: {@code line_chart}, {@code area_chart}, {@code bar_chart} and {@code
 * scatter_chart} share one shape (x values and named series), which the browser turns into an
 * ECharts option in the theme's colours; {@code chart} carries a whole ECharts option.
 */
public final class Charts {

    /** The kinds of element the browser draws a chart for (with ECharts), widgets included. */
    private static final Set<String> CHART_KINDS =
            Set.of("line_chart", "area_chart", "bar_chart", "scatter_chart", "chart", "chart_select");

    private Charts() {}

    /** Whether an element of kind {@code t} is drawn as a chart in the browser. */
    public static boolean isChart(String t) {
        return CHART_KINDS.contains(t);
    }

    /** One series plotted against its index. */
    public static ObjectNode indexed(String type, List<? extends Number> values) {
        Objects.requireNonNull(values, "values");
        List<Integer> x = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            x.add(i);
        }
        return series(type, x, Map.of("value", values));
    }

    /** Named series over shared x values. */
    public static ObjectNode series(String type, List<?> x, Map<String, ? extends List<?>> series) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(series, "series");
        ObjectNode chart = JsonNodeFactory.instance.objectNode().put("t", type);
        ArrayNode xs = chart.putArray("x");
        x.forEach(value -> addValue(xs, value));
        ArrayNode all = chart.putArray("series");
        for (Map.Entry<String, ? extends List<?>> entry : series.entrySet()) {
            List<?> data = entry.getValue();
            if (data.size() != x.size()) {
                throw new IllegalArgumentException("Series '" + entry.getKey() + "' has " + data.size()
                        + " values but x has " + x.size() + ". Give every series one value per x value.");
            }
            ObjectNode one = all.addObject().put("name", entry.getKey());
            ArrayNode ys = one.putArray("data");
            for (Object value : data) {
                if (value != null && !(value instanceof Number)) {
                    throw new IllegalArgumentException("Series '" + entry.getKey() + "' holds '" + value
                            + "', which is not a number. Give numbers (or null for a gap).");
                }
                addValue(ys, value);
            }
        }
        return chart;
    }

    /** Series read from records: field {@code x} on the x axis, one series per field of {@code y}. */
    public static ObjectNode records(String type, List<?> records, String x, String... y) {
        Objects.requireNonNull(records, "records");
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException(
                    "Name at least one field to draw as a series, after the x field '" + x + "'.");
        }
        Map<String, List<Object>> series = new LinkedHashMap<>();
        for (String field : y) {
            series.put(field, Rows.field(records, field));
        }
        return series(type, Rows.field(records, x), series);
    }

    /** A whole ECharts option, passed through. */
    public static ObjectNode option(JsonNode option) {
        if (option == null || !option.isObject()) {
            throw new IllegalArgumentException("An ECharts option is a JSON object, such as"
                    + " {\"xAxis\": {...}, \"yAxis\": {...}, \"series\": [...]}.");
        }
        ObjectNode chart = JsonNodeFactory.instance.objectNode().put("t", "chart");
        chart.set("option", option);
        return chart;
    }

    public static void addValue(ArrayNode array, Object value) {
        switch (value) {
            case null -> array.addNull();
            case Integer i -> array.add(i);
            case Long l -> array.add(l);
            case Double d when d.isNaN() || d.isInfinite() -> array.addNull();
            case Float f when f.isNaN() || f.isInfinite() -> array.addNull();
            case Number n -> array.add(n.doubleValue());
            default -> array.add(value.toString());
        }
    }
}
