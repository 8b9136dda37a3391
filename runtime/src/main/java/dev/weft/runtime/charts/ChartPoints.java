package dev.weft.runtime.charts;

import dev.weft.Chart;
import java.util.List;

/**
 * The points a chart of rows was drawn with, as the browser got them: what every selection the
 * browser sends for the chart is checked against, and what a selection kept from an earlier run must
 * still match.
 *
 * @param kind the kind of chart
 * @param x each row's x value: a {@code Double}, a {@code String} (a category), or null
 * @param numericX whether the x axis is a value axis (every x a finite number, and not a bar chart),
 *     so a brushed range is in x values; otherwise it is in category positions
 * @param names the series' names, in order
 * @param values each series' values, one per row ({@code null} for a gap)
 */
public record ChartPoints(
        Chart.Kind kind, List<Object> x, boolean numericX, List<String> names, List<List<Double>> values) {

    /** Copies the lists (which may hold nulls). */
    public ChartPoints {
        x = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(x));
        names = List.copyOf(names);
        values = values.stream()
                .map(one -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(one)))
                .toList();
    }

    /** How many rows (x values) the chart plots. */
    public int size() {
        return x.size();
    }
}
