package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;

/** Chat widgets: the chat input, pinned to the bottom of the page. Its client side is {@code elements/chat.js}. */
public final class ChatWidgets {

    /** The longest message a chat input takes unless the app says otherwise. */
    public static final int DEFAULT_LENGTH = 2_000;

    private ChatWidgets() {}

    /**
     * A chat input: like a button, its value counts only in the run its sending caused (the message
     * sent), and is empty again in the next. Its label is its placeholder.
     */
    public record ChatInput(String kind, String id, String label, boolean disabled, int maxLength)
            implements WidgetSpec {
        public ChatInput {
            if (maxLength < 1 || maxLength > MAX_TEXT) {
                throw new IllegalArgumentException(label + ": maxLength must be within [1, " + MAX_TEXT + "].");
            }
        }

        @Override
        public boolean clicks() {
            return true;
        }

        @Override
        public Object initial() {
            return "";
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isTextual()) {
                throw bad("'" + label + "' takes a message as text, not " + value + ".");
            }
            String text = value.textValue();
            if (text.isBlank()) {
                throw bad("'" + label + "' takes a message that is not blank.");
            }
            if (text.length() > maxLength) {
                throw bad("'" + label + "' takes messages of at most " + maxLength + " characters.");
            }
            return text;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof String text && text.length() <= maxLength;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.remove("value");
            node.put("maxLength", maxLength).put("placeholder", label);
        }
    }
}
