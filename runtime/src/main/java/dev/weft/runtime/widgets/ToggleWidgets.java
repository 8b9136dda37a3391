package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;

/** Toggle widgets: the checkbox and the toggle switch, whose value is a boolean. Their client side is {@code widgets/toggles.js}. */
public final class ToggleWidgets {

    private ToggleWidgets() {}

    /** A checkbox. */
    public record Toggle(String kind, String id, String label, boolean disabled, boolean initialValue)
            implements WidgetSpec {
        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isBoolean()) {
                throw bad("'" + label + "' takes true or false, not " + value + ".");
            }
            return value.booleanValue();
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (Boolean) value);
        }
    }
}
