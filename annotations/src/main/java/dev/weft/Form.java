package dev.weft;

/**
 * A form, drawn with {@link Ui#form(String)}: the widgets drawn into it keep their values in the
 * browser until the user submits the form with one of its {@link #submitButton(String) submit
 * buttons}; then all their values are sent at once and the fragment reruns once, as with
 * Streamlit's {@code st.form}. The server checks every value as it checks a single widget's; if it
 * refuses one, it applies none of them.
 *
 * <pre>{@code
 * Form signup = ui.form("signup");
 * String name = signup.textInput("Name", "");
 * String diet = signup.radio("Diet", List.of("Anything", "Vegetarian", "Vegan"));
 * if (signup.submitButton("Register")) {
 *     ui.text("Registered " + name + " (" + diet + ")");   // only in the run the click caused
 * }
 * }</pre>
 *
 * <p>Rules, each an {@link IllegalStateException} in the fragment (shown in its slot): forms do not
 * nest; a {@link Ui#button(String) button} cannot be drawn in a form (use a submit button); a submit
 * button is drawn on the form itself. A form drawn without a submit button shows an error in its
 * place. Layout containers drawn into a form (columns, tabs, ...) are part of it, with everything
 * drawn into them. A {@code Form} is as thread-safe as any {@code Ui}.
 */
public interface Form extends Ui {

    /**
     * Draws a button that submits this form. Returns {@code true} in the run that a click on it
     * caused (with every value of the form applied), and {@code false} in every other run. A form
     * may have several; pressing Enter in one of its one-line fields submits it with the first.
     *
     * @throws IllegalStateException if this {@code Ui} is not the form itself
     */
    boolean submitButton(String label);

    /** As {@link Ui#key(String)}, still drawing into this form. */
    @Override
    Form key(String key);

    /** As {@link Ui#disabled()}, still drawing into this form: its submit buttons are disabled too. */
    @Override
    Form disabled();
}
