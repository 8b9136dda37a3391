package dev.weft.testing;

import java.util.List;
import java.util.Map;

/**
 * A dialog of a slot ({@link dev.weft.Ui#dialog(String)}) as its fragment's last run drew it. Its
 * widgets are the slot's: reach them with {@link SlotView#widget(String)}.
 */
public interface DialogView {

    /** The dialog's title. */
    String title();

    /** Whether the dialog is open: the browser shows it. */
    boolean isOpen();

    /** Its elements, each as the wire's JSON object (see {@link SlotView#elements()}). */
    List<Map<String, Object>> elements();

    /** The text of its text-like elements, in order, as {@link SlotView#texts()} lists them. */
    List<String> texts();

    /**
     * Closes the dialog as a user does (its close button, Escape, a click beside it): the fragment
     * reruns with the dialog closed. Call {@link AppSession#awaitIdle()} to see the rerun's output.
     *
     * @throws IllegalStateException if the dialog is not open
     */
    void close();
}
