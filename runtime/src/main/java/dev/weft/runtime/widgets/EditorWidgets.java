package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.tables.TableEditor;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;

/** The data editor as a widget: its value is what the user has edited, changed one edit at a time. */
public final class EditorWidgets {

    private EditorWidgets() {}

    /**
     * A data editor ({@code ui.dataEditor}): its value is the user's edits so far, kept while the app
     * draws equal rows. Edits arrive as {@code table_edit} messages ({@link #edit}), each checked by
     * the {@link TableEditor}; a {@code widget} message for it is refused.
     */
    public record DataEditor(String kind, String id, String label, boolean disabled, TableEditor editor)
            implements WidgetSpec {

        @Override
        public Object initial() {
            return editor.fresh();
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            throw new ProtocolException(
                    ErrorCode.BAD_VALUE,
                    "'" + label + "' is a data editor: its edits are sent as table_edit messages.");
        }

        @Override
        public boolean allows(Object value) {
            return editor.holds(value);
        }

        /**
         * The value after {@code edit}, applied to {@code current} (null, or a value that no longer
         * holds: no edits yet).
         */
        public Object edit(Object current, Incoming.TableEdit edit) throws ProtocolException {
            if (disabled) {
                throw new ProtocolException(ErrorCode.DISABLED, "'" + label + "' is disabled.");
            }
            return editor.apply(current, edit);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            // Drawn as its table (TableEditor.element), not as a widget element.
        }
    }
}
