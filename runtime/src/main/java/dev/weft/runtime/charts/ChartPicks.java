package dev.weft.runtime.charts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a selection a browser sends for a chart against the points the server drew, and turns it
 * into a {@link ChartPick}. The browser sends:
 *
 * <ul>
 *   <li>{@code null} to clear the selection;
 *   <li>{@code {"indices": [3], "series": "Max"}} for a click ({@link ChartSelect#POINT}, and
 *       {@link ChartSelect#POINTS} with every point selected so far);
 *   <li>{@code {"indices": [2, 5, 9]}} for the points in a box or a lasso;
 *   <li>{@code {"from": 1.5, "to": 4}} for a brushed x range: x values on a value axis, category
 *       positions on a category axis. The server finds the rows inside; the browser's word is not
 *       taken for them.
 * </ul>
 *
 * A click on a bar selects every row of its category. Anything else is refused with a message that
 * says what was expected, and nothing changes.
 */
public final class ChartPicks {

    private static final Map<ChartSelect, Set<String>> FIELDS = Map.of(
            ChartSelect.POINT, Set.of("indices", "series"),
            ChartSelect.POINTS, Set.of("indices", "series"),
            ChartSelect.BOX, Set.of("indices"),
            ChartSelect.LASSO, Set.of("indices"),
            ChartSelect.X_RANGE, Set.of("from", "to"));

    private ChartPicks() {}

    /**
     * The selection {@code value} makes in a chart drawn with {@code points} that selects by {@code
     * mode}.
     *
     * @throws ProtocolException ({@code bad_value}) if the chart does not select that way, or the
     *     selection does not fit its points
     */
    public static ChartPick accept(ChartPoints points, ChartSelect mode, JsonNode value) throws ProtocolException {
        Objects.requireNonNull(points, "points");
        if (mode == ChartSelect.NONE) {
            throw refused("This chart does not select.");
        }
        if (value == null || value.isNull() || value.isMissingNode() || value.isObject() && value.isEmpty()) {
            return ChartPick.NONE;
        }
        if (!value.isObject()) {
            throw refused("A chart selection is an object or null, not " + kindOf(value) + ".");
        }
        Set<String> allowed = FIELDS.get(mode);
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            String field = property.getKey();
            if (!allowed.contains(field)) {
                throw refused("A " + name(mode) + " selection has the fields " + new java.util.TreeSet<>(allowed)
                        + ", not '" + clip(field) + "'.");
            }
        }
        return switch (mode) {
            case POINT, POINTS -> clicked(points, mode, value);
            case BOX, LASSO -> new ChartPick(points, indices(points, value.get("indices"), points.size()), null, null);
            case X_RANGE -> brushed(points, value);
            case NONE -> throw new IllegalStateException();
        };
    }

    private static ChartPick clicked(ChartPoints points, ChartSelect mode, JsonNode value) throws ProtocolException {
        int max = mode == ChartSelect.POINT ? 1 : points.size();
        List<Integer> indices = indices(points, value.get("indices"), max);
        JsonNode series = value.get("series");
        if (indices.isEmpty()) {
            if (series != null && !series.isNull()) {
                throw refused("A cleared selection names no series.");
            }
            return ChartPick.NONE;
        }
        if (series == null || !series.isTextual() || !points.names().contains(series.textValue())) {
            throw refused("A click names the series it hit, one of " + points.names() + ", not "
                    + (series == null ? "none" : clip(series.toString())) + ".");
        }
        if (points.kind() == Chart.Kind.BAR) {
            indices = sameCategory(points, indices);
        }
        return new ChartPick(points, indices, series.textValue(), null);
    }

    /** The rows whose x equals that of a clicked bar: a bar stands for its whole category. */
    private static List<Integer> sameCategory(ChartPoints points, List<Integer> clicked) {
        Set<Object> categories = new java.util.HashSet<>();
        clicked.forEach(i -> categories.add(points.x().get(i)));
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (categories.contains(points.x().get(i))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static ChartPick brushed(ChartPoints points, JsonNode value) throws ProtocolException {
        double from = end(value, "from");
        double to = end(value, "to");
        if (from > to) {
            throw refused(
                    "A brushed range goes from its low end to its high end, not from " + from + " to " + to + ".");
        }
        List<Integer> inside = new ArrayList<>();
        if (points.numericX()) {
            for (int i = 0; i < points.size(); i++) {
                double x = (Double) points.x().get(i);
                if (x >= from && x <= to) {
                    inside.add(i);
                }
            }
            return new ChartPick(points, inside, null, new ChartPick.XRange(from, to, false));
        }
        if (from != Math.rint(from) || to != Math.rint(to) || from < 0 || to >= points.size()) {
            throw refused("On this chart's category axis a range goes between category positions, whole numbers"
                    + " from 0 to " + (points.size() - 1) + ", not from " + from + " to " + to + ".");
        }
        for (int i = (int) from; i <= (int) to; i++) {
            inside.add(i);
        }
        return new ChartPick(points, inside, null, new ChartPick.XRange(from, to, true));
    }

    private static double end(JsonNode value, String field) throws ProtocolException {
        JsonNode end = value.get(field);
        if (end == null || !end.isNumber() || !Double.isFinite(end.doubleValue())) {
            throw refused("A brushed range needs '" + field + "', a finite number, not "
                    + (end == null ? "nothing" : clip(end.toString())) + ".");
        }
        return end.doubleValue();
    }

    /** Row positions: whole numbers within the rows, each once, at most {@code max}; sorted. */
    private static List<Integer> indices(ChartPoints points, JsonNode indices, int max) throws ProtocolException {
        if (indices == null || !indices.isArray()) {
            throw refused("A selection of points lists their row positions in 'indices', an array.");
        }
        if (indices.size() > max) {
            throw refused("This chart selects at most " + max + (max == 1 ? " point" : " points") + ", not "
                    + indices.size() + ".");
        }
        BitSet seen = new BitSet(points.size());
        for (JsonNode index : indices) {
            if (!index.isIntegralNumber() || !index.canConvertToInt()) {
                throw refused("A point is a row position, a whole number, not " + clip(index.toString()) + ".");
            }
            int i = index.intValue();
            if (i < 0 || i >= points.size()) {
                throw refused("This chart plots rows 0 to " + (points.size() - 1) + "; it has no row " + i + ".");
            }
            if (seen.get(i)) {
                throw refused("Row " + i + " is selected twice.");
            }
            seen.set(i);
        }
        return seen.stream().boxed().toList();
    }

    private static String name(ChartSelect mode) {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String kindOf(JsonNode value) {
        return value.isArray()
                ? "an array"
                : value.isTextual()
                        ? "text"
                        : value.isNumber()
                                ? "a number"
                                : "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static ProtocolException refused(String message) {
        return new ProtocolException(ErrorCode.BAD_VALUE, message);
    }
}
