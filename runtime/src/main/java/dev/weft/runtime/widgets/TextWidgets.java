package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.Objects;

/** Text widgets: the text input and the text area, with their length limits. Their client side is {@code widgets/text.js}. */
public final class TextWidgets {

    private TextWidgets() {}

    /** A one-line text field. */
    public record Text(String kind, String id, String label, boolean disabled, String initialValue, int maxLength)
            implements WidgetSpec {
        public Text {
            Objects.requireNonNull(initialValue, "value");
            if (maxLength < 1 || maxLength > MAX_TEXT || initialValue.length() > maxLength) {
                throw new IllegalArgumentException(
                        label + ": maxLength must be within [1, " + MAX_TEXT + "] and the value no longer than it.");
            }
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isTextual()) {
                throw bad("'" + label + "' takes text, not " + value + ".");
            }
            if (!allows(value.textValue())) {
                throw bad("'" + label + "' takes at most " + maxLength + " characters.");
            }
            return value.textValue();
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof String text && text.length() <= maxLength;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (String) value).put("maxLength", maxLength);
        }
    }
}
