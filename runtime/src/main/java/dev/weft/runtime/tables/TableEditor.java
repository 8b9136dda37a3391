package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Column;
import dev.weft.Edits;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A data editor ({@code ui.dataEditor}) as one run drew it: its original rows, how each column is
 * edited, and what the user's edits make of them.
 *
 * <p>Every edit a browser sends is checked here before it counts ({@link #apply}): a known row and
 * column, an editable column, a value of the cell's type within the column's rules ({@link
 * CellParser}), and a row the app's wither or record constructor accepts. A refused edit changes
 * nothing. The edits are kept as an {@link EditState}, the editor's widget value; {@link #edited}
 * turns a state into the app's rows ({@link Edits}) and the table the browser pages through.
 *
 * <p>Immutable once built, so any thread may use it.
 */
public final class TableEditor {

    /** The most rows a user may add to one editor. */
    static final int MAX_ADDED = 1_000;

    /**
     * What a state makes of the rows.
     *
     * @param edits the rows as edited, as the app's type, and what changed
     * @param view the rows as edited, as the browser pages through them, keyed by their original keys
     *     (added rows by theirs)
     */
    public record Edited(Edits<Object> edits, TableModel view, EditState state) {}

    private final Table<?> table;
    private final TableData original;
    private final List<EditColumn> columns;
    private final Map<String, EditColumn> byName = new HashMap<>();
    private final List<List<Object>> base;
    private final List<String> names;
    private final RowBuilder builder;

    private TableEditor(Table<?> table, TableData original, List<EditColumn> columns, RowBuilder builder) {
        this.table = table;
        this.original = original;
        this.columns = List.copyOf(columns);
        columns.forEach(column -> byName.put(column.name(), column));
        this.base = original.allRows();
        this.names = original.names();
        this.builder = builder;
    }

    /**
     * The editor of {@code table}, read now.
     *
     * @throws IllegalArgumentException if the table cannot be read, is a query, or a column that is
     *     not read-only cannot be written back (a getter without a wither, a field of a bean)
     */
    public static TableEditor of(Table<?> table) {
        if (table.source() instanceof Table.Query) {
            throw new IllegalArgumentException("A query's rows stay in its database, so they cannot be edited in"
                    + " place: read them into a list (or Table.of(ResultSet)) for ui.dataEditor, and write the"
                    + " Edits back yourself.");
        }
        TableData original = TableReader.memory(table);
        Object sample = original.rowCount() > 0
                ? original.original(0)
                : table.blankRow() != null ? table.blankRow().get() : null;
        boolean maps = !(table.source() instanceof Table.Rows) || sample instanceof Map<?, ?>;
        Class<?> record = sample != null && sample.getClass().isRecord() ? sample.getClass() : null;
        Map<String, Table.ColumnSpec> specs = new HashMap<>();
        table.columns().forEach(spec -> specs.put(spec.name(), spec));
        List<EditColumn> columns = new ArrayList<>();
        for (TableColumn column : original.columns()) {
            Table.ColumnSpec spec = specs.get(column.name());
            columns.add(column(original, column, spec, record, maps));
        }
        List<String> mapNames = maps ? original.names() : null;
        if (!(table.source() instanceof Table.Rows) && table.blankRow() == null) {
            // Columns, results and frames give maps of every column.
            mapNames = original.names();
        }
        return new TableEditor(table, original, columns, new RowBuilder(table.blankRow(), record, mapNames));
    }

    private static EditColumn column(
            TableData original, TableColumn column, Table.ColumnSpec spec, Class<?> record, boolean maps) {
        Column format = column.format();
        Function<Object, Object> getter = spec != null ? spec.getter() : null;
        var wither = spec != null ? spec.wither() : null;
        Class<?> declared = null;
        if (getter == null && record != null) {
            declared = RowBuilder.componentType(record, column.name());
        }
        if (!format.isReadOnly()) {
            if (getter != null && wither == null) {
                throw new IllegalArgumentException("Column '" + column.name() + "' of the data editor is read by a"
                        + " getter without a wither, so an edit of it cannot be written back: give it a wither"
                        + " (column(label, getter, wither, format)) or make it Column...readOnly().");
            }
            if (getter == null && declared == null && !maps) {
                throw new IllegalArgumentException("Column '" + column.name() + "' of the data editor is a field of a"
                        + " bean, which Weft cannot rebuild with a cell changed: give the column a getter and a"
                        + " wither, use records or maps, or make it Column...readOnly().");
            }
        }
        Class<?> type = declared != null ? declared : typeOf(original, column, getter);
        boolean primitive = type != null && type.isPrimitive();
        Class<?> boxed = EditColumn.boxed(type);
        return new EditColumn(
                column.name(), EditColumn.editOf(boxed, format), boxed, primitive, format, getter, wither);
    }

    /** The Java type of a column's values: that of its first value, else what its kind shows. */
    private static Class<?> typeOf(TableData original, TableColumn column, Function<Object, Object> getter) {
        for (int r = 0; r < original.rowCount(); r++) {
            Object row = original.original(r);
            Object value =
                    getter != null ? getter.apply(row) : row instanceof Map<?, ?> map ? map.get(column.name()) : null;
            if (value != null) {
                return value.getClass();
            }
        }
        return switch (column.format().kind()) {
            case CHECK -> Boolean.class;
            case NUMBER, PERCENT, MONEY -> column.format().decimals() == 0 ? Long.class : Double.class;
            case DATE -> java.time.LocalDate.class;
            case TIME -> java.time.LocalTime.class;
            case DATE_TIME -> java.time.LocalDateTime.class;
            case TEXT, LINK, IMAGE, CHOICE, AUTO -> String.class;
            default -> null;
        };
    }

    /** The state before the user edits anything. */
    public Object fresh() {
        return EditState.fresh(base);
    }

    /** Whether a state kept from an earlier run still holds: the app drew equal rows. */
    public boolean holds(Object state) {
        return state instanceof EditState edits && edits.base().equals(base);
    }

    // ---------------------------------------------------------------- edits

    /**
     * The state after {@code edit}, checked in full; {@code state} is left as it was.
     *
     * @throws ProtocolException if the edit is refused: an unknown row ({@code UNKNOWN_ROW}) or column
     *     ({@code UNKNOWN_COLUMN}), a column that cannot be edited, a value the column does not accept,
     *     a row the app's code refuses, rows added or deleted where the table does not allow it ({@code
     *     BAD_VALUE})
     */
    public Object apply(Object state, Incoming.TableEdit edit) throws ProtocolException {
        EditState current = holds(state) ? (EditState) state : EditState.fresh(base);
        return switch (edit.op()) {
            case "set" -> set(current, edit.key(), edit.column(), edit.value());
            case "add" -> add(current, edit.cells());
            case "delete" -> delete(current, edit.keys());
            default -> throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Unknown edit '" + edit.op() + "'.");
        };
    }

    private EditState set(EditState state, JsonNode keyNode, String name, JsonNode value) throws ProtocolException {
        EditColumn column = editable(name);
        Object parsed = CellParser.parse(column, value);
        Object key = key(keyNode);
        int added = state.addedIndex(key);
        if (added >= 0) {
            EditState.AddedRow row = state.added().get(added).with(name, parsed);
            build(() -> addedRow(row));
            return state.withAdded(added, row);
        }
        Integer index = originalIndex(key);
        if (index == null || state.deleted().contains(key)) {
            throw new ProtocolException(ErrorCode.UNKNOWN_ROW, "The table has no row " + describe(key) + " now.");
        }
        Object was = cell(column, original.original(index));
        boolean same = java.util.Objects.equals(was, parsed);
        EditState next = state.withCell(key, name, parsed, same);
        Map<String, Object> cells = next.changed().getOrDefault(key, Map.of());
        build(() -> changedRow(original.original(index), cells));
        return next;
    }

    private EditState add(EditState state, JsonNode given) throws ProtocolException {
        if (!table.canAddRows()) {
            throw new ProtocolException(ErrorCode.BAD_VALUE, "Rows cannot be added to this table.");
        }
        if (state.added().size() >= MAX_ADDED) {
            throw new ProtocolException(
                    ErrorCode.BAD_VALUE, "At most " + MAX_ADDED + " rows can be added to one table.");
        }
        Map<String, Object> cells = new LinkedHashMap<>();
        if (given != null && !given.isNull()) {
            for (Map.Entry<String, JsonNode> cell : given.properties()) {
                EditColumn column = editable(cell.getKey());
                cells.put(column.name(), CellParser.parse(column, cell.getValue()));
            }
        }
        Object row = build(() -> addedRow(new EditState.AddedRow("new:0", cells)));
        for (EditColumn column : columns) {
            if (column.format().isRequired() && empty(cell(column, row))) {
                throw CellParser.refused(column, "is required: give it a value for the new row.");
            }
        }
        int number = state.next();
        while (originalIndex("new:" + number) != null) {
            number++;
        }
        return state.plus("new:" + number, number + 1, cells);
    }

    private EditState delete(EditState state, List<JsonNode> keys) throws ProtocolException {
        if (!table.canDeleteRows()) {
            throw new ProtocolException(ErrorCode.BAD_VALUE, "Rows cannot be deleted from this table.");
        }
        Set<Object> originals = new LinkedHashSet<>();
        Set<String> added = new LinkedHashSet<>();
        for (JsonNode node : keys) {
            Object key = key(node);
            if (state.addedIndex(key) >= 0) {
                added.add((String) key);
            } else if (originalIndex(key) != null && !state.deleted().contains(key)) {
                originals.add(key);
            } else {
                throw new ProtocolException(ErrorCode.UNKNOWN_ROW, "The table has no row " + describe(key) + " now.");
            }
        }
        return state.minus(originals, added);
    }

    private EditColumn editable(String name) throws ProtocolException {
        EditColumn column = byName.get(name);
        if (column == null) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_COLUMN, "The table has no column '" + name + "'; it has " + names + ".");
        }
        if (!column.editable()) {
            throw CellParser.refused(column, "cannot be edited.");
        }
        return column;
    }

    private static Object key(JsonNode node) throws ProtocolException {
        if (node == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "The edit names no row.");
        }
        Object value = node.isIntegralNumber()
                ? node.bigIntegerValue()
                : node.isNumber() ? node.decimalValue() : node.isBoolean() ? node.booleanValue() : node.asText();
        return Keys.normal(value);
    }

    private Integer originalIndex(Object key) {
        return original.index(key);
    }

    private static String describe(Object key) {
        return key instanceof String text ? "'" + text + "'" : String.valueOf(key);
    }

    private static boolean empty(Object cell) {
        return cell == null || (cell instanceof String text && text.isBlank());
    }

    /** Runs the app's code that rebuilds a row; what it throws refuses the edit with its message. */
    private static Object build(java.util.function.Supplier<Object> make) throws ProtocolException {
        try {
            return make.get();
        } catch (RuntimeException e) {
            String reason =
                    e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new ProtocolException(ErrorCode.BAD_VALUE, "The row was not accepted: " + reason);
        }
    }

    // ---------------------------------------------------------------- rows as edited

    private static Object cell(EditColumn column, Object row) {
        if (column.getter() != null) {
            return column.getter().apply(row);
        }
        if (row instanceof Map<?, ?> map) {
            return map.get(column.name());
        }
        return dev.weft.runtime.rows.Rows.fields(row).get(column.name());
    }

    private Object changedRow(Object row, Map<String, Object> cells) {
        Object changed = row;
        for (EditColumn column : columns) {
            if (cells.containsKey(column.name())) {
                changed = RowBuilder.with(changed, column, cells.get(column.name()));
            }
        }
        return changed;
    }

    private Object addedRow(EditState.AddedRow added) {
        return changedRow(builder.blank(), added.cells());
    }

    /**
     * The rows {@code state} makes, as the app's type and as a table to page through; a state that no
     * longer holds counts as no edits.
     */
    public Edited edited(Object state) {
        EditState edits = holds(state) ? (EditState) state : EditState.fresh(base);
        int count = (int) original.rowCount();
        List<Object> rows = new ArrayList<>(count + edits.added().size());
        List<Object> keys = new ArrayList<>(rows.size());
        Map<Integer, Object> changed = new TreeMap<>();
        List<Object> added = new ArrayList<>();
        List<Object> deleted = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            Object key = original.key(r);
            Object row = original.original(r);
            if (edits.deleted().contains(key)) {
                deleted.add(row);
                continue;
            }
            Map<String, Object> cells = edits.changed().get(key);
            if (cells != null) {
                row = changedRow(row, cells);
                changed.put(r, row);
            }
            rows.add(row);
            keys.add(key);
        }
        for (EditState.AddedRow row : edits.added()) {
            Object made = addedRow(row);
            added.add(made);
            rows.add(made);
            keys.add(row.key());
        }
        TableOptions options = new TableOptions(
                table.label(),
                table.pageSize(),
                table.searchable(),
                table.filterable(),
                table.exportable(),
                TableSelect.NONE);
        TableData view = TableReader.edited(table, rows, keys.toArray(), options, names);
        return new Edited(new Edits<>(rows, changed, added, deleted), view, edits);
    }

    /**
     * The editor's element: its table's (with the first page of the rows as edited) and, per column,
     * how it is edited; {@code editor} names the widget the edits are sent for.
     */
    public ObjectNode element(Edited edited, String tableId, String widget, boolean disabled) {
        ObjectNode element = edited.view().element(tableId);
        for (JsonNode header : element.withArray("columns")) {
            EditColumn column = byName.get(header.path("name").asText());
            if (column != null && column.editable()) {
                ObjectNode json = (ObjectNode) header;
                json.put("edit", column.edit().wire());
                if (column.edit() == EditColumn.Edit.CHOICE) {
                    ArrayNode options = json.putArray("options");
                    column.options().forEach(options::add);
                }
                if (column.format().isRequired() || column.primitive()) {
                    json.put("required", true);
                }
            }
        }
        ObjectNode editor = element.putObject("editor")
                .put("widget", widget)
                .put("add", table.canAddRows() && !disabled)
                .put("delete", table.canDeleteRows() && !disabled)
                .put("disabled", disabled);
        ArrayNode changed = editor.putArray("changed");
        edited.state().changed().forEach((key, cells) -> cells.keySet().forEach(name -> {
            ArrayNode pair = changed.addArray();
            Cells.write(pair, key);
            pair.add(name);
        }));
        ArrayNode added = editor.putArray("added");
        edited.state().added().forEach(row -> added.add(row.key()));
        return element;
    }
}
