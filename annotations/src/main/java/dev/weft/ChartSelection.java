package dev.weft;

import java.util.List;
import java.util.Optional;

/**
 * What the user selected in a chart drawn with {@link Ui#chart(Chart)}: a widget value like any
 * other, which a fragment may return so that the fragments taking it rerun, and only they.
 *
 * <p>A click on a point selects the row it plots; a click on a bar selects the rows of its x value
 * (its category); a brushed x range, a box or a lasso selects the rows whose points lie inside. The
 * selection is kept across reruns while the chart's rows are equal, and starts empty when they
 * change.
 *
 * @param rows the selected rows as the app gave them, in the chart's order
 * @param indices the position (0-based) of each of {@code rows} in the rows given to the chart
 * @param series the name of the series clicked, for {@link ChartSelect#POINT} and {@link
 *     ChartSelect#POINTS} (the last one clicked); else {@code null}
 * @param from the low end of a brushed x range ({@link ChartSelect#X_RANGE}), as an x value of the
 *     rows (a number, or the x value of the first category in the range); else {@code null}
 * @param to the high end of a brushed x range; else {@code null}
 * @param <T> the chart's row type
 */
public record ChartSelection<T>(List<T> rows, List<Integer> indices, String series, Object from, Object to) {

    /** Copies the lists, which must not be null. */
    public ChartSelection {
        rows = List.copyOf(rows);
        indices = List.copyOf(indices);
    }

    /** The empty selection: what a chart shows before the user selects anything. */
    public static <T> ChartSelection<T> none() {
        return new ChartSelection<>(List.of(), List.of(), null, null, null);
    }

    /** Whether nothing is selected. */
    public boolean isEmpty() {
        return rows.isEmpty() && from == null;
    }

    /** The first selected row, for single selection. */
    public Optional<T> row() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
