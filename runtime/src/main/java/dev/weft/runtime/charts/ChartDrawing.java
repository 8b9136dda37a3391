package dev.weft.runtime.charts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Chart;
import dev.weft.ChartSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@link Chart} of rows as the server draws it: its points read through the app's getters (no
 * reflection), the element the browser draws (the shape of {@code line_chart} and its kin, with
 * titles, colours, a height and stacking), and the app's {@link ChartSelection} from a {@link
 * ChartPick}.
 */
public final class ChartDrawing {

    private ChartDrawing() {}

    /**
     * Reads every row's x value and series values through the chart's getters.
     *
     * @throws IllegalArgumentException if the chart has no series, or a getter throws
     */
    public static ChartPoints points(Chart<?> chart) {
        List<Chart.Series> series = chart.series();
        if (series.isEmpty()) {
            throw new IllegalArgumentException(
                    "A chart needs at least one series: add one with .y(\"Name\", Row::value).");
        }
        List<?> rows = chart.rows();
        Function<Object, Object> getter = chart.xGetter();
        List<Object> x = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            x.add(normalize(getter == null ? (Object) i : read("x", getter, rows, i)));
        }
        List<String> names = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (Chart.Series one : series) {
            if (names.contains(one.name())) {
                throw new IllegalArgumentException(
                        "Two series are named '" + one.name() + "'. Give each its own name.");
            }
            names.add(one.name());
            List<Double> data = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Number value = (Number) read("series '" + one.name() + "'", one.value(), rows, i);
                data.add(value == null || !Double.isFinite(value.doubleValue()) ? null : value.doubleValue());
            }
            values.add(data);
        }
        boolean numericX = chart.kind() != Chart.Kind.BAR && x.stream().allMatch(v -> v instanceof Double);
        return new ChartPoints(chart.kind(), x, numericX, names, values);
    }

    private static Object read(String what, Function<Object, ?> getter, List<?> rows, int i) {
        try {
            return getter.apply(rows.get(i));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "The chart's " + what + " could not be read from row " + i + ": " + e, e);
        }
    }

    /** A number as a double (NaN and infinities: null), anything else as its text. */
    private static Object normalize(Object x) {
        return switch (x) {
            case null -> null;
            case Number n -> Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
            default -> x.toString();
        };
    }

    /** The type of the element a chart of this kind is drawn as ({@code line_chart}, …). */
    public static String type(Chart.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "_chart";
    }

    /** The element the browser draws: x values, named series with their colours, titles, height, stacking. */
    public static ObjectNode element(Chart<?> chart, ChartPoints points) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("t", type(chart.kind()));
        ArrayNode xs = node.putArray("x");
        points.x()
                .forEach(x -> Charts.addValue(
                        xs,
                        x instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) d.longValue() : x));
        ArrayNode all = node.putArray("series");
        List<Chart.Series> series = chart.series();
        for (int s = 0; s < series.size(); s++) {
            ObjectNode one = all.addObject().put("name", series.get(s).name());
            ArrayNode data = one.putArray("data");
            points.values().get(s).forEach(v -> Charts.addValue(data, v));
            if (series.get(s).color() != null) {
                one.put("color", series.get(s).color());
            }
        }
        putIfSet(node, "title", chart.title());
        putIfSet(node, "xTitle", chart.xTitle());
        putIfSet(node, "yTitle", chart.yTitle());
        if (chart.height() > 0) {
            node.put("height", chart.height());
        }
        node.put("stacked", chart.isStacked()); // said always: ui.areaChart's area charts stack unless told

        return node;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /**
     * What the app gets for {@code pick}: the rows at its indices as the app gave them, and a brushed
     * range's ends as x values (a category range's ends as the x values of its first and last
     * category).
     */
    public static <T> ChartSelection<T> selection(Chart<T> chart, ChartPick pick) {
        if (pick.indices().isEmpty() && pick.range() == null) {
            return ChartSelection.none();
        }
        List<T> rows = new ArrayList<>(pick.indices().size());
        for (int i : pick.indices()) {
            rows.add(chart.rows().get(i));
        }
        Object from = null;
        Object to = null;
        ChartPick.XRange range = pick.range();
        if (range != null && range.positions()) {
            from = xOf(chart, (int) range.from());
            to = xOf(chart, (int) range.to());
        } else if (range != null) {
            from = range.from();
            to = range.to();
        }
        return new ChartSelection<>(rows, pick.indices(), pick.series(), from, to);
    }

    private static Object xOf(Chart<?> chart, int position) {
        Function<Object, Object> getter = chart.xGetter();
        return getter == null ? (Object) position : getter.apply(chart.rows().get(position));
    }
}
