package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.widgets.FormWidgets;
import java.util.Set;

/** The rules of drawing forms ({@code ui.form}); what a submitted form may set is checked by the session (its {@code Inputs}). */
public final class Forms {

    private Forms() {}

    /** Checks that a widget of this kind may be drawn into {@code block}. */
    static void checkWidget(Block block, String kind, String label) {
        if (block.form != null && "button".equals(kind)) {
            throw new IllegalStateException("'" + label + "' is a button inside form '" + key(block.form)
                    + "': a form's buttons are submit buttons. Draw it with form.submitButton(\"" + label
                    + "\"), or draw the button outside the form.");
        }
        if (block.form != null && "chart_select".equals(kind)) {
            throw new IllegalStateException("'" + label + "' is a chart that selects inside form '" + key(block.form)
                    + "': a selection takes effect when made, not with a form. Draw the chart outside the form.");
        }
    }

    /** Checks that a form with this key may be drawn into {@code parent}; returns its id. */
    static String checkForm(Block parent, String key, Set<String> drawn) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A form's key must not be blank.");
        }
        if (parent.form != null) {
            throw new IllegalStateException("Forms do not nest: form '" + key + "' is drawn inside form '"
                    + key(parent.form) + "'. Draw it outside the other form.");
        }
        String id = FormWidgets.FORM_PREFIX + key;
        if (drawn.contains(id)) {
            throw new IllegalArgumentException(
                    "Two forms of this fragment have the key '" + key + "'. Give each form its own key.");
        }
        return id;
    }

    /** The error shown in a form drawn without a submit button. */
    static ObjectNode missingSubmit(String form) {
        return Canvas.element("error")
                .put(
                        "message",
                        "Form '" + key(form) + "' has no submit button, so it can never be sent. Draw one"
                                + " with form.submitButton(\"Submit\").");
    }

    /** The key a form was drawn with, from its id. */
    public static String key(String form) {
        return form.substring(FormWidgets.FORM_PREFIX.length());
    }
}
