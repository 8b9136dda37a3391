package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Table;
import dev.weft.runtime.wire.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A table whose rows the server holds in memory: read once from what the app gave (rows, columns, a
 * JDBC result, a data frame) by {@link TableReader}, then paged, sorted, searched and filtered here
 * for the browser ({@code docs/protocol.md}, {@code table}).
 *
 * <p>Cells are kept as {@link Cells#cell} makes them; a column's type is {@link Cells#type}. A row's
 * key is the app's {@link Table#key}, or its position. Thread-safe: the rows never change, and the
 * rows of the last view asked for are cached, so that paging through one sort sorts once.
 */
public final class TableData implements TableModel {

    /** Rows per page of a plain table. */
    public static final int PAGE_SIZE = 20;

    /** The most distinct values a column of text may have for its filter to be a choice of them. */
    static final int MAX_CHOICES = 12;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<TableColumn> columns;
    private final int[] shown;
    private final Object[][] cells;
    private final int rowCount;
    private final Object[] keys;
    private final Map<Object, Integer> keyIndex;
    private final IntFunction<Object> original;
    private final TableOptions options;

    // Guarded by this: the rows of the last view computed, and of its filters alone.
    private TableCriteria viewCriteria;
    private int[] viewRows;
    private TableCriteria matchCriteria;
    private int[] matchRows;
    private int sorts;

    /**
     * @param cells each column's cells ({@link Cells#cell}), top to bottom
     * @param keys each row's key as the app gave it, or null to key rows by position
     * @param original the app's row at an index
     * @throws IllegalArgumentException if a key is null or two rows have the same key
     */
    TableData(
            List<TableColumn> columns,
            Object[][] cells,
            int rowCount,
            Object[] keys,
            IntFunction<Object> original,
            TableOptions options) {
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.rowCount = rowCount;
        this.original = original;
        this.options = options;
        this.shown = java.util.stream.IntStream.range(0, columns.size())
                .filter(c -> !columns.get(c).hidden())
                .toArray();
        if (keys == null) {
            this.keys = null;
            this.keyIndex = null;
        } else {
            this.keys = new Object[rowCount];
            this.keyIndex = HashMap.newHashMap(rowCount);
            for (int r = 0; r < rowCount; r++) {
                Object key = Keys.normal(keys[r]);
                if (key == null) {
                    throw new IllegalArgumentException(
                            "Row " + r + " has no key (its key is null). Every row needs a key, unique in the table.");
                }
                Integer before = keyIndex.putIfAbsent(key, r);
                if (before != null) {
                    throw new IllegalArgumentException("Rows " + before + " and " + r + " have the same key '" + key
                            + "'. Keys must be unique in the table.");
                }
                this.keys[r] = key;
            }
        }
    }

    /** A plain table of columns: name → values, top to bottom. */
    public static TableData ofColumns(Map<String, ? extends List<?>> columns) {
        return TableReader.memory(Table.ofColumns(columns));
    }

    /** A plain table of rows: records, maps or beans. */
    public static TableData ofRows(List<?> rows) {
        return TableReader.memory(Table.of(rows));
    }

    @Override
    public List<TableColumn> columns() {
        return columns;
    }

    @Override
    public String label() {
        return options.label();
    }

    @Override
    public int pageSize() {
        return options.pageSize();
    }

    @Override
    public long rowCount() {
        return rowCount;
    }

    /** How many pages the unfiltered table has (at least one, empty when the table is). */
    public int pages() {
        return TablePage.pages(rowCount, pageSize());
    }

    @Override
    public ObjectNode element(String id) {
        ObjectNode table = JSON.objectNode().put("t", "table").put("id", id);
        options.write(table);
        ArrayNode header = table.putArray("columns");
        for (int c : shown) {
            ObjectNode column =
                    ColumnJson.write(header.addObject(), columns.get(c), options.filters() ? filter(c) : null);
            if ("values".equals(column.path("filter").asText())) {
                ArrayNode choices = column.putArray("choices");
                choices(c).forEach(choice -> Cells.write(choices, choice));
            }
        }
        TablePage first = page(TableCriteria.NONE, 0);
        table.put("total", rowCount).put("page", 0);
        table.set("rows", first.rows());
        table.set("keys", first.keys());
        return table;
    }

    /** The filter a column's header offers: a choice for text with few values, a range, or contains. */
    private String filter(int column) {
        TableColumn spec = columns.get(column);
        if (spec.ranged()) {
            return "range";
        }
        if (spec.type().equals("boolean") || (spec.type().equals("text") && choices(column) != null)) {
            return "values";
        }
        return "contains";
    }

    /** The distinct cells of a column in order (null last), or null if there are more than {@link #MAX_CHOICES}. */
    private List<Object> choices(int column) {
        Map<String, Object> distinct = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        boolean empty = false;
        for (Object cell : cells[column]) {
            if (cell == null) {
                empty = true;
            } else if (distinct.putIfAbsent(Cells.text(cell), cell) == null && distinct.size() > MAX_CHOICES) {
                return null;
            }
        }
        List<Object> choices = new ArrayList<>(distinct.values());
        if (empty) {
            choices.add(null);
        }
        return choices;
    }

    @Override
    public boolean quick(TableCriteria criteria) {
        if (criteria.isNone()) {
            return true;
        }
        synchronized (this) {
            return criteria.equals(viewCriteria);
        }
    }

    @Override
    public TablePage page(TableCriteria criteria, int page) {
        int[] order = rows(criteria);
        int total = order == null ? rowCount : order.length;
        int pageSize = pageSize();
        int pages = TablePage.pages(total, pageSize);
        if (page >= pages) {
            throw new TableException(
                    ErrorCode.BAD_PAGE,
                    "Page " + page + " is out of range: the table has pages 0 to " + (pages - 1) + ".",
                    null);
        }
        ArrayNode rows = JSON.arrayNode();
        ArrayNode pageKeys = JSON.arrayNode();
        int from = page * pageSize;
        int to = Math.min(total, from + pageSize);
        for (int i = from; i < to; i++) {
            int row = order == null ? i : order[i];
            ArrayNode cellsOut = rows.addArray();
            for (int c : shown) {
                Cells.write(cellsOut, cells[c][row]);
            }
            Cells.write(pageKeys, key(row));
        }
        return new TablePage(page, total, rowCount, rows, pageKeys);
    }

    /** The app's row at index {@code row}: its own, or a map of column name to value. */
    Object original(int row) {
        return original.apply(row);
    }

    /** The key of row {@code row}: the app's, or its position. */
    Object key(int row) {
        return keys == null ? (Object) (long) row : keys[row];
    }

    @Override
    public void export(TableCriteria criteria, RowSink sink) throws IOException {
        int[] order = rows(criteria);
        int total = order == null ? rowCount : order.length;
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < total; i++) {
            int r = order == null ? i : order[i];
            for (int c = 0; c < row.length; c++) {
                row[c] = cells[c][r];
            }
            sink.row(row);
        }
    }

    @Override
    public Picked rows(Collection<?> wanted) {
        Set<Integer> found = new java.util.TreeSet<>();
        List<Object> missing = new ArrayList<>();
        for (Object key : new LinkedHashSet<>(wanted)) {
            Integer row = index(Keys.normal(key));
            if (row == null) {
                missing.add(key);
            } else {
                found.add(row);
            }
        }
        List<Object> foundKeys = new ArrayList<>(found.size());
        List<Object> rows = new ArrayList<>(found.size());
        for (int row : found) {
            foundKeys.add(key(row));
            rows.add(original.apply(row));
        }
        return new Picked(foundKeys, rows, missing);
    }

    /** The index of the row with this key (in its travelling form), or null. */
    Integer index(Object key) {
        if (keys != null) {
            return key == null ? null : keyIndex.get(key);
        }
        return key instanceof Long position && position >= 0 && position < rowCount ? position.intValue() : null;
    }

    @Override
    public List<List<Object>> allRows() {
        List<List<Object>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            List<Object> row = new ArrayList<>(cells.length);
            for (Object[] column : cells) {
                row.add(column[r]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Whether the rows of this view are cached: a page of them takes no sort or filter. */
    public synchronized boolean cached(TableCriteria criteria) {
        return criteria.equals(viewCriteria);
    }

    /** How many times the rows were sorted: once per view asked for that was not the one cached. */
    public synchronized int sorts() {
        return sorts;
    }

    /** The rows of a view in its order, or null for every row in its own order; computed without this lock. */
    private int[] rows(TableCriteria criteria) {
        if (criteria.isNone()) {
            return null;
        }
        TableCriteria unsorted = criteria.unsorted();
        int[] matched;
        synchronized (this) {
            if (criteria.equals(viewCriteria)) {
                return viewRows;
            }
            matched = unsorted.equals(matchCriteria) ? matchRows : null;
        }
        if (matched == null) {
            matched = match(unsorted);
        }
        int[] ordered = matched;
        if (criteria.sortBy() >= 0) {
            ordered = matched.clone();
            IntSort.stable(
                    ordered,
                    RowOrder.comparator(
                            cells[criteria.sortBy()],
                            columns.get(criteria.sortBy()).type(),
                            criteria.descending()));
        }
        synchronized (this) {
            if (criteria.sortBy() >= 0) {
                sorts++;
            }
            matchCriteria = unsorted;
            matchRows = matched;
            viewCriteria = criteria;
            viewRows = ordered;
        }
        return ordered;
    }

    /** The rows a search and filters match, in their own order. */
    private int[] match(TableCriteria criteria) {
        int[] matched = new int[rowCount];
        int n = 0;
        CellFormat[] formats = criteria.search() == null ? null : SearchTexts.formats(columns, criteria.where());
        for (int r = 0; r < rowCount; r++) {
            if (passes(r, criteria, formats)) {
                matched[n++] = r;
            }
        }
        return n == rowCount ? matched : Arrays.copyOf(matched, n);
    }

    /** @param formats each column's format for the user, null where a column shows its value as it is */
    private boolean passes(int row, TableCriteria criteria, CellFormat[] formats) {
        for (TableCriteria.Match match : criteria.filters()) {
            int c = match.column();
            if (!RowOrder.passes(cells[c][row], match, columns.get(c).type())) {
                return false;
            }
        }
        if (criteria.search() == null) {
            return true;
        }
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c][row];
            if (cell != null
                    && (RowOrder.containsIgnoringCase(Cells.text(cell), criteria.search())
                            || SearchTexts.shownContains(formats[c], cell, criteria.search()))) {
                return true;
            }
        }
        return false;
    }
}
