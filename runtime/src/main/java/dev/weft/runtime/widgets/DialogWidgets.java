package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.Locale;

/**
 * The modal dialog ({@code ui.dialog}): a container whose value is whether it is open. Only the
 * fragment opens it; the browser may only close it. Its client side is {@code elements/overlays.js}.
 */
public final class DialogWidgets {

    private DialogWidgets() {}

    /**
     * A dialog, titled {@code label}, at most {@code width} wide; its value is {@code true} while it
     * is open.
     */
    public record Dialog(String id, String label, dev.weft.Dialog.Width width) implements WidgetSpec {

        @Override
        public String kind() {
            return "dialog";
        }

        @Override
        public boolean disabled() {
            return false; // a disabled Ui disables the dialog's widgets, never its close button
        }

        @Override
        public Object initial() {
            return Boolean.FALSE;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isBoolean() || value.booleanValue()) {
                throw bad("Dialog '" + label + "' can only be closed from the browser (false), not set to " + value
                        + ": the app opens it.");
            }
            return Boolean.FALSE;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (Boolean) value);
            if (width != dev.weft.Dialog.Width.SMALL) {
                node.put("width", width.name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
