package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;

/** Button widgets: the button, whose value is {@code true} only in the run its click caused. Its client side is {@code widgets/buttons.js}. */
public final class ButtonWidgets {

    private ButtonWidgets() {}

    /** A button: its value is whether the current run was caused by a click on it. */
    public record Button(String kind, String id, String label, boolean disabled) implements WidgetSpec {
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
                throw bad("'" + label + "' is a button: send true for a click, not " + value + ".");
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
