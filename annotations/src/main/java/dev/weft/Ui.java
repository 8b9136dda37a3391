package dev.weft;

import java.util.List;
import java.util.Map;

/**
 * A fragment's own slot on the page: everything a fragment draws goes through its {@code Ui}.
 *
 * <p>Declare a {@code Ui} parameter on a {@link Fragment} method to receive it. What a run draws
 * replaces, when the run ends, what the previous run of the same fragment drew.
 *
 * <p><b>Widgets.</b> A widget returns its current value, as a plain Java value. It belongs to the
 * fragment that drew it: when the user changes it, that fragment alone reruns, and the widget then
 * returns the new value; when the fragment's result changes, the fragments that take it as an input
 * rerun too. A widget keeps its identity across reruns: by default it is identified by its kind, its
 * label and how many widgets of that kind and label the run drew before it, so draw widgets in a
 * stable order or give them keys with {@link #key(String)}. A widget's value is kept while each run
 * of its fragment draws it, and forgotten when a run does not. The server checks every value the
 * browser sends against the widget as it was drawn (type, range, options, length, disabled) and
 * refuses anything else, changing nothing.
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

    /**
     * Draws a slider over whole numbers and returns its value.
     *
     * @param value the value until the user moves it; must be within {@code [min, max]}
     * @throws IllegalArgumentException if {@code min > max} or {@code value} is out of range
     */
    int slider(String label, int min, int max, int value);

    /**
     * Draws a slider over decimal numbers with the given step and returns its value.
     *
     * @throws IllegalArgumentException if {@code min > max}, {@code step <= 0}, or {@code value} is
     *     out of range
     */
    double slider(String label, double min, double max, double value, double step);

    /**
     * Draws a drop-down list and returns the selected option, initially the first.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates
     */
    String selectbox(String label, List<String> options);

    /**
     * Draws a drop-down list and returns the selected option, initially {@code options.get(index)}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or {@code
     *     index} is out of range
     */
    String selectbox(String label, List<String> options, int index);

    /** Draws a checkbox and returns whether it is checked. */
    boolean checkbox(String label, boolean value);

    /** Draws a one-line text field of at most 1,000 characters and returns its text. */
    String textInput(String label, String value);

    /**
     * Draws a one-line text field and returns its text.
     *
     * @param maxLength the most characters the user may enter, from 1 to 100,000
     */
    String textInput(String label, String value, int maxLength);

    /** Draws a field for a whole number in {@code [min, max]} and returns its value. */
    int numberInput(String label, int min, int max, int value);

    /** Draws a field for a decimal number in {@code [min, max]} and returns its value. */
    double numberInput(String label, double min, double max, double value, double step);

    /**
     * Draws a button. Returns {@code true} in the run that a click on it caused, and {@code false}
     * in every other run.
     */
    boolean button(String label);

    /**
     * A view of this slot whose widgets use {@code key} as their identity instead of their label
     * and position: {@code ui.key("year").slider("Year", 2015, 2025, 2024)}. Draw one widget through
     * it; a key must be unique within its fragment.
     */
    Ui key(String key);

    /**
     * A view of this slot whose widgets are drawn disabled: shown with their value, but the user
     * cannot change them, and the server refuses values for them.
     */
    Ui disabled();
}
