package dev.weft;

/**
 * A progress bar drawn by {@link Ui#progress(double, String)}. Each {@link #set} replaces the bar in
 * place; the browser sees the new value while the fragment goes on running (with its next partial
 * output, a few times a second). Thread-safe; calls after the run has ended are ignored.
 */
public interface Progress {

    /**
     * Moves the bar.
     *
     * @param value how far along, from {@code 0.0} (nothing done) to {@code 1.0} (done)
     * @param text the text shown with the bar, or {@code null} for none
     * @throws IllegalArgumentException if {@code value} is not within {@code [0, 1]}
     */
    void set(double value, String text);

    /** Moves the bar, keeping its text. */
    void set(double value);
}
