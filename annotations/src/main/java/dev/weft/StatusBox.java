package dev.weft;

/**
 * A status box drawn by {@link Ui#status(String)}, Streamlit's {@code st.status}: a collapsible box
 * with a label and a state icon, holding whatever is drawn through it (it is a {@link Ui} itself).
 * It starts {@link State#RUNNING}; {@link #update} changes its state and label in place while the
 * run goes on.
 *
 * <pre>{@code
 * StatusBox box = ui.status("Downloading data…");
 * box.text("Searching for data…");
 * download();
 * box.update(StatusBox.State.COMPLETE, "Download complete");
 * }</pre>
 */
public interface StatusBox extends Ui {

    /** The state a status box shows. */
    enum State {
        /** Work in progress: a spinner; the box is expanded. */
        RUNNING,
        /** Done: a check mark; the box collapses (the user can open it). */
        COMPLETE,
        /** Failed: a cross, in the error colour; the box stays expanded. */
        ERROR
    }

    /**
     * Shows {@code state} and {@code label}.
     *
     * @param label the new label, or {@code null} to keep the current one
     */
    void update(State state, String label);
}
