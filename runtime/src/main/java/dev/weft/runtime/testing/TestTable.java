package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Selection;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.tables.Keys;
import dev.weft.runtime.tables.TableColumn;
import dev.weft.runtime.tables.TableCriteria;
import dev.weft.runtime.tables.TableExports;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.runtime.wire.TableFilter;
import dev.weft.testing.TableView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A table of a slot, driven as a browser would: pages, and what a user does to the table. A view
 * carries a search and filters; each is checked by the server's checks when it is made.
 */
final class TestTable implements TableView {
    private final ObjectMapper mapper;
    private final Session session;
    private final String slot;
    private final String table;
    private final long gen;
    private final TableModel data;
    private final String search;
    private final List<TableFilter> filters;
    private final String widget;
    private String editor;

    /** @param widget the id of the table's selection, or null for a table drawn without {@code select} */
    TestTable(
            ObjectMapper mapper, Session session, String slot, String table, long gen, TableModel data, String widget) {
        this(mapper, session, slot, table, gen, data, null, List.of(), widget);
    }

    private TestTable(
            ObjectMapper mapper,
            Session session,
            String slot,
            String table,
            long gen,
            TableModel data,
            String search,
            List<TableFilter> filters,
            String widget) {
        this.mapper = mapper;
        this.session = session;
        this.slot = slot;
        this.table = table;
        this.gen = gen;
        this.data = data;
        this.search = search;
        this.filters = List.copyOf(filters);
        this.widget = widget;
    }

    /** This table as a data editor's: edits go to the widget {@code widget}. */
    TestTable editing(String widget) {
        this.editor = widget;
        return this;
    }

    @Override
    public List<String> columns() {
        return data.names();
    }

    @Override
    public int rowCount() {
        return filtered() ? (int) data.page(criteria(null, false), 0).total() : (int) data.rowCount();
    }

    @Override
    public List<List<Object>> rows() {
        if (!filtered()) {
            return data.allRows();
        }
        List<List<Object>> rows = new ArrayList<>();
        try {
            data.export(criteria(null, false), cells -> rows.add(Arrays.asList(cells.clone())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<List<Object>> page(int page, String sortColumn, boolean descending) {
        if (page < 0) {
            throw new IllegalArgumentException("Page " + page + " is out of range: pages start at 0.");
        }
        try {
            JsonNode answer = session.table(request(page, sortColumn, descending));
            if ("error".equals(answer.path("type").asText())) {
                throw new IllegalArgumentException(answer.path("message").asText());
            }
            return mapper.convertValue(answer.get("rows"), List.class);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private boolean filtered() {
        return search != null || !filters.isEmpty();
    }

    private Incoming.Table request(int page, String sortColumn, boolean descending) {
        return new Incoming.Table(slot, table, gen, page, sortColumn, descending, search, filters, 0);
    }

    /** This view's rows as the server checks them; a refused view throws with the server's message. */
    private TableCriteria criteria(String sortColumn, boolean descending) {
        try {
            return TableCriteria.check(data, request(0, sortColumn, descending), session.where());
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private TestTable with(String search, TableFilter filter) {
        List<TableFilter> more = new ArrayList<>(filters);
        if (filter != null) {
            more.add(filter);
        }
        TestTable view = new TestTable(mapper, session, slot, table, gen, data, search, more, widget);
        view.criteria(null, false);
        return view;
    }

    private static String checkedText(String text, String what) {
        if (text.length() > TableFilter.MAX_TEXT) {
            throw new IllegalArgumentException(
                    "Field '" + what + "' is longer than " + TableFilter.MAX_TEXT + " characters.");
        }
        return text;
    }

    @Override
    public TableView search(String text) {
        return with(checkedText(text, "search"), null);
    }

    @Override
    public TableView filterContains(String column, String text) {
        return with(
                search,
                new TableFilter(column, TableFilter.Kind.CONTAINS, checkedText(text, "text"), null, null, List.of()));
    }

    @Override
    public TableView filterRange(String column, Object min, Object max) {
        return with(search, new TableFilter(column, TableFilter.Kind.RANGE, null, bound(min), bound(max), List.of()));
    }

    /** A bound as a browser sends it: a number, or the text of anything else (ISO for dates). */
    private static Object bound(Object value) {
        return value == null || value instanceof Number ? value : value.toString();
    }

    @Override
    public TableView filterValues(String column, List<?> values) {
        return with(
                search,
                new TableFilter(column, TableFilter.Kind.VALUES, null, null, null, new ArrayList<Object>(values)));
    }

    @Override
    public byte[] exportCsv() {
        return export("csv");
    }

    @Override
    public byte[] exportXlsx() {
        return export("xlsx");
    }

    private byte[] export(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableExports.write(data, criteria(null, false), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("Not in the harness yet.");
    }

    @Override
    public List<List<String>> shown(int page) {
        if (page < 0) {
            throw new IllegalArgumentException("Page " + page + " is out of range: pages start at 0.");
        }
        try {
            JsonNode answer = session.table(request(page, null, false));
            if ("error".equals(answer.path("type").asText())) {
                throw new IllegalArgumentException(answer.path("message").asText());
            }
            List<TableColumn> shown =
                    data.columns().stream().filter(column -> !column.hidden()).toList();
            return ShownCells.of(shown, answer.path("rows"), answer.get("texts"));
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void selectRows(Object... keys) {
        ArrayNode rows = mapper.createArrayNode();
        for (Object key : keys) {
            rows.add(key(key));
        }
        select("rows", rows);
    }

    @Override
    public void selectCells(Selection.Cell... cells) {
        ArrayNode pairs = mapper.createArrayNode();
        for (Selection.Cell cell : cells) {
            pairs.addArray().add(key(cell.key())).add(cell.column());
        }
        select("cells", pairs);
    }

    @Override
    public void selectColumns(String... columns) {
        ArrayNode names = mapper.createArrayNode();
        for (String column : columns) {
            names.add(column);
        }
        select("columns", names);
    }

    /** A key as a page names its row ({@link Keys#normal}), which is how a browser sends it back. */
    private JsonNode key(Object key) {
        return mapper.valueToTree(Keys.normal(key));
    }

    /** Sends a selection as the browser's widget message would: checked by the server, then the fragment reruns. */
    private void select(String field, ArrayNode items) {
        if (widget == null) {
            throw new IllegalArgumentException("Table " + table + " of fragment '" + slot
                    + "' selects nothing: draw it with Table.select(...) to select in it.");
        }
        ObjectNode value = mapper.createObjectNode();
        value.set(field, items);
        try {
            session.widget(slot, widget, value);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void edit(Object key, String column, Object value) {
        send("set", TesterInputs.wire(mapper, key), column, TesterInputs.wire(mapper, value), null, List.of());
    }

    @Override
    public void addRow(Map<String, Object> cells) {
        com.fasterxml.jackson.databind.node.ObjectNode given = mapper.createObjectNode();
        cells.forEach((name, value) -> given.set(name, TesterInputs.wire(mapper, value)));
        send("add", null, null, null, given, List.of());
    }

    @Override
    public void deleteRows(Object... keys) {
        List<JsonNode> list = new ArrayList<>();
        for (Object key : keys) {
            list.add(TesterInputs.wire(mapper, key));
        }
        send("delete", null, null, null, null, list);
    }

    /** Sends an edit as the browser's {@code table_edit} message would, through the same checks. */
    private void send(String op, JsonNode key, String column, JsonNode value, JsonNode cells, List<JsonNode> keys) {
        if (editor == null) {
            throw new IllegalStateException("Table " + table + " of fragment '" + slot
                    + "' is not a data editor: draw it with ui.dataEditor(Table) to edit it.");
        }
        try {
            session.edit(new Incoming.TableEdit(slot, editor, gen, op, key, column, value, cells, keys, 0));
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
