package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Selection;
import dev.weft.TableSelect;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.wire.ProtocolException;
import java.util.function.Function;

/**
 * Tables as inputs: a table drawn with {@code select(...)} is a widget whose value is the {@link
 * Selection}. Its client side is {@code elements/table-select.js}, beside the table's own {@code
 * elements/table.js}; the checks of what a browser sends are {@link TableSelections}.
 */
public final class TableWidgets {

    private TableWidgets() {}

    /** The kind of a table's selection, as widget ids name it. */
    public static final String KIND = "table_select";

    /**
     * A selectable table as one run drew it.
     *
     * @param id the widget's id ({@code table_select:<label>:<n>} or {@code key:<key>})
     * @param label the table's label, or null
     * @param table the id of the table's rows in the run's assets ({@code table:<n>}), as pages name it
     * @param model the rows the table holds: every selection is checked against them
     * @param mode what the user may select; never {@link TableSelect#NONE}
     * @param keyOf the app's key getter, giving {@link Selection#keys()} the app's own key values; or
     *     null (keys in their travelling form, or positions)
     * @param keyed whether the table has a key (else rows are keyed by position)
     */
    public record Selecting(
            String id,
            String label,
            boolean disabled,
            String table,
            TableModel model,
            TableSelect mode,
            Function<Object, Object> keyOf,
            boolean keyed)
            implements WidgetSpec {

        public Selecting {
            if (mode == TableSelect.NONE) {
                throw new IllegalArgumentException("A table that selects nothing is not a widget.");
            }
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Object initial() {
            return Selection.none();
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            return new TableSelections(this).accept(value);
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Selection<?> selection && new TableSelections(this).fits(selection);
        }

        @Override
        public Object carry(Object kept) {
            return kept instanceof Selection<?> selection ? new TableSelections(this).carry(selection) : initial();
        }

        /** The table's element, with its first page, the widget's id and what is selected now. */
        @Override
        public ObjectNode toJson(Object value) {
            ObjectNode node = model.element(table);
            node.put("widget", id);
            if (disabled) {
                node.put("disabled", true);
            }
            describe(node, value);
            return node;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.set("selected", TableSelections.json(mode, (Selection<?>) value));
        }

        /** The table as messages name it: its label in quotes, or "the table". */
        String named() {
            return label == null ? "the table" : "table '" + label + "'";
        }
    }
}
