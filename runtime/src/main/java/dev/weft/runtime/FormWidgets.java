package dev.weft.runtime;

import static dev.weft.runtime.WidgetChecks.bad;
import static dev.weft.runtime.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What forms add to the widgets: the submit button. A form itself is a container ({@link Canvas#form}). */
final class FormWidgets {

    /** The prefix of a form's id; the form's key follows. */
    static final String FORM_PREFIX = "form:";

    private FormWidgets() {}

    /**
     * A form's submit button: like a button, {@code true} only in the run its click caused; clicked only
     * through a {@code form} message carrying the form's values.
     */
    record SubmitButton(String kind, String id, String label, boolean disabled) implements WidgetSpec {
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
