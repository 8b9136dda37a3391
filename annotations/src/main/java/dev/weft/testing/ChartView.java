package dev.weft.testing;

import java.util.List;

/**
 * A chart a slot shows ({@link dev.weft.Ui#chart(dev.weft.Chart)}). What a user does to it goes to
 * the server as the browser's message would, through the same checks: a refused one throws {@code
 * IllegalArgumentException} with the server's message and changes nothing. A selection reruns the
 * fragment as in a browser; call {@link AppSession#awaitIdle()} before asserting on its dependents.
 */
public interface ChartView {

    /** {@code line}, {@code area}, {@code bar} or {@code scatter}. */
    String kind();

    /** The series' names, in order. */
    List<String> series();

    /** How many rows (x values) the chart plots. */
    int points();

    /** Clicks the point (or bar) of {@code series} at row {@code index}. */
    void click(String series, int index);

    /** Selects the points of these rows, as a box or a lasso around them would. */
    void selectPoints(int... indices);

    /** Brushes the x range from {@code from} to {@code to} (x values, or category positions). */
    void brushX(Object from, Object to);

    /** Clears the selection. */
    void clear();
}
