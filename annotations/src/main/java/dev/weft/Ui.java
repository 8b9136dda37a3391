package dev.weft;

import java.util.List;
import java.util.Map;

/**
 * A fragment's own slot on the page: everything a fragment draws goes through its {@code Ui}.
 *
 * <p>Declare a {@code Ui} parameter on a {@link Fragment} method to receive it. What a run draws
 * replaces, when the run ends, what the previous run of the same fragment drew.
 *
 * <p>A {@code Ui} is thread-safe. A fragment may hand it to its own threads or executors and draw
 * from them; elements appear in the order the calls happen. There is no hidden thread-local
 * context to copy. Calls made after the run that owns this {@code Ui} has ended, or after a newer
 * run of the same fragment has started, are ignored.
 */
public interface Ui {

    /** Draws a large page-level title. */
    void title(String text);

    /** Draws a section header. */
    void header(String text);

    /**
     * Draws Markdown (CommonMark with GitHub extensions). The browser renders it with a maintained
     * Markdown parser and sanitizes the resulting HTML: scripts and event handlers never run.
     */
    void markdown(String markdown);

    /** Draws plain text, exactly as given (no Markdown). */
    void text(String text);

    /**
     * Draws a line chart of one series, plotted against its index (0, 1, 2, ...).
     *
     * @param values the y values; {@code null} elements are drawn as gaps
     */
    void lineChart(List<? extends Number> values);

    /**
     * Draws a line chart of several named series over shared x values.
     *
     * @param x the x values (numbers, or anything else, which is shown as a category label)
     * @param series each series' name and y values, drawn in the map's iteration order; each list
     *     must have as many values as {@code x}
     * @throws IllegalArgumentException if a series' length differs from {@code x}'s
     */
    void lineChart(List<?> x, Map<String, ? extends List<? extends Number>> series);

    /** Draws an error callout with the given message. */
    void error(String message);
}
