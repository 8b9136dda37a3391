package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;

/** What forms add to the widgets: the submit button. A form itself is a container (drawn by the canvas's {@code form}). */
public final class FormWidgets {

    /** The prefix of a form's id; the form's key follows. */
    public static final String FORM_PREFIX = "form:";

    private FormWidgets() {}

    /**
     * A form's submit button: like a button, {@code true} only in the run its click caused; clicked only
     * through a {@code form} message carrying the form's values.
     */
    public record SubmitButton(String kind, String id, String label, boolean disabled) implements WidgetSpec {
        @Override
        public boolean clicks() {
            return true;
        }

        @Override
        public Object initial() {
            return false;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isBoolean() || !value.booleanValue()) {
                throw bad("'" + label + "' is a submit button: send true for a click, not " + shown(value) + ".");
            }
            return true;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.remove("value");
        }
    }
}
