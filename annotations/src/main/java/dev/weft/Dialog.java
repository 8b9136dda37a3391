package dev.weft;

/**
 * A modal dialog, drawn with {@link Ui#dialog(String)}: a window over the page, with its title, a
 * close button and whatever is drawn into it (Streamlit's {@code st.dialog}). It is closed at first;
 * the fragment opens it with {@link #open()}, typically when a button is clicked, and closes it with
 * {@link #close()}. The user closes it with its close button, the Escape key or a click beside it;
 * the fragment then reruns, and {@link #isOpen()} says so. It stays open or closed across reruns,
 * like a widget's value (its identity is its title, or the {@link Ui#key(String) key} it was drawn
 * with).
 *
 * <pre>{@code
 * Dialog dialog = ui.dialog("Add a note");
 * if (ui.button("Add a note")) {
 *     dialog.open();
 * }
 * if (dialog.isOpen()) {                                   // its widgets exist only while it is open
 *     String note = dialog.textArea("Note", "");
 *     if (dialog.button("Save")) {
 *         notes.add(note);
 *         dialog.close();
 *     }
 * }
 * }</pre>
 *
 * <p>A dialog belongs to the fragment that draws it: its widgets rerun that fragment, as any widget
 * does, so draw a dialog from a small fragment. While it is open the rest of the page cannot be
 * reached (the focus stays in the dialog); when it closes, the focus goes back to where it was when
 * it opened. Open one dialog at a time: a second one opens over the first. A {@code Dialog} is as
 * thread-safe as any {@code Ui}; it cannot be drawn in a {@link Form}.
 */
public interface Dialog extends Ui {

    /**
     * How wide a dialog is at most ({@link Ui#dialog(String, Width)}; Streamlit's {@code
     * st.dialog(width=...)}); on a narrower window it takes the window's width less a margin.
     */
    enum Width {
        /** At most 560 px wide: a few widgets, a short form (the default). */
        SMALL,
        /** At most 800 px wide: a form in columns, a small table or chart. */
        MEDIUM,
        /** At most 1200 px wide: a wide table, a chart, a report. */
        LARGE
    }

    /** Opens the dialog: the browser shows it when this run's output reaches it. */
    void open();

    /** Closes the dialog: the browser hides it and gives the focus back to where it was. */
    void close();

    /** Whether the dialog is open now: opened by this or an earlier run, and not closed since. */
    boolean isOpen();
}
