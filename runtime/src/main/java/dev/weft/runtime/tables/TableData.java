package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.rows.Rows;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's full content, kept on the server while its slot shows it: the browser gets one page of
 * rows at a time, in the order the user picked ({@code docs/protocol.md}, {@code table}).
 *
 * <p>Cells are normalized once: numbers stay numbers, booleans booleans, everything else becomes
 * its text. A column is {@code number} when all its non-null cells are numbers, {@code boolean}
 * likewise, else {@code text}. Thread-safe.
 */
public final class TableData {

    /** Rows per page. */
    public static final int PAGE_SIZE = 20;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> names;
    private final List<String> types;
    private final Object[][] columns;
    private final int rowCount;

    // Guarded by this: the last order computed, for paging through one sort without sorting again.
    private int sortedBy = -1;
    private boolean sortedDescending;
    private int[] order;
    private int sorts;

    private TableData(List<String> names, List<String> types, Object[][] columns, int rowCount) {
        this.names = names;
        this.types = types;
        this.columns = columns;
        this.rowCount = rowCount;
    }

    /** A table of columns: name → values, top to bottom. */
    public static TableData ofColumns(Map<String, ? extends List<?>> columns) {
        int rows = -1;
        String first = null;
        List<String> names = new ArrayList<>(columns.size());
        List<String> types = new ArrayList<>(columns.size());
        Object[][] cells = new Object[columns.size()][];
        int c = 0;
        for (Map.Entry<String, ? extends List<?>> column : columns.entrySet()) {
            List<?> values = column.getValue();
            if (values == null) {
                throw new IllegalArgumentException("Column '" + column.getKey() + "' is null. Give a list of values.");
            }
            if (rows < 0) {
                rows = values.size();
                first = column.getKey();
            } else if (values.size() != rows) {
                throw new IllegalArgumentException("Column '" + column.getKey() + "' has " + values.size()
                        + " values but column '" + first + "' has " + rows + ". Give every column one value per row.");
            }
            names.add(String.valueOf(column.getKey()));
            cells[c] = new Object[values.size()];
            int r = 0;
            for (Object value : values) {
                cells[c][r++] = cell(value);
            }
            types.add(type(cells[c]));
            c++;
        }
        return new TableData(List.copyOf(names), List.copyOf(types), cells, Math.max(rows, 0));
    }

    /** A table of rows: records, maps or beans. */
    public static TableData ofRows(List<?> rows) {
        LinkedHashMap<String, List<Object>> columns = Rows.columns(rows);
        return ofColumns(columns);
    }

    public List<String> names() {
        return names;
    }

    public int rowCount() {
        return rowCount;
    }

    /** How many pages the table has (at least one, empty when the table is). */
    public int pages() {
        return Math.max(1, (rowCount + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The table's element: its columns, its size and its first page, unsorted. */
    public ObjectNode element(String id) {
        ObjectNode table = JSON.objectNode().put("t", "table").put("id", id);
        ArrayNode header = table.putArray("columns");
        for (int c = 0; c < names.size(); c++) {
            header.addObject().put("name", names.get(c)).put("type", types.get(c));
        }
        table.put("total", rowCount).put("pageSize", PAGE_SIZE).put("page", 0);
        table.set("rows", rows(0, -1, false));
        return table;
    }

    /** The column with this name, or -1. */
    public int column(String name) {
        return names.indexOf(name);
    }

    /**
     * The rows of {@code page} (0-based) with the table sorted by column {@code sortBy} (-1: as
     * given), as arrays of cells.
     */
    public ArrayNode rows(int page, int sortBy, boolean descending) {
        int[] rowOrder = sortBy < 0 ? null : order(sortBy, descending);
        ArrayNode rows = JSON.arrayNode();
        int from = page * PAGE_SIZE;
        int to = Math.min(rowCount, from + PAGE_SIZE);
        for (int i = from; i < to; i++) {
            int row = rowOrder == null ? i : rowOrder[i];
            ArrayNode cells = rows.addArray();
            for (Object[] column : columns) {
                add(cells, column[row]);
            }
        }
        return rows;
    }

    /** Every row, as given, for the test harness. */
    public List<List<Object>> allRows() {
        List<List<Object>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            List<Object> row = new ArrayList<>(columns.length);
            for (Object[] column : columns) {
                row.add(column[r]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Whether the order cached is by column {@code sortBy} in this direction: a page of it takes no sort. */
    public synchronized boolean sortedBy(int sortBy, boolean descending) {
        return order != null && sortedBy == sortBy && sortedDescending == descending;
    }

    /** How many times the rows were sorted: once per order asked for that was not the one cached. */
    public synchronized int sorts() {
        return sorts;
    }

    /** The rows in the order asked for; sorted without holding this table's lock. */
    private int[] order(int sortBy, boolean descending) {
        synchronized (this) {
            if (sortedBy(sortBy, descending)) {
                return order;
            }
        }
        int[] sorted = new int[rowCount];
        for (int i = 0; i < rowCount; i++) {
            sorted[i] = i;
        }
        IntSort.stable(sorted, rowComparator(columns[sortBy], types.get(sortBy), descending));
        synchronized (this) {
            sortedBy = sortBy;
            sortedDescending = descending;
            order = sorted;
            sorts++;
        }
        return sorted;
    }

    /**
     * Compares rows by one column's cells: nulls last whichever the direction; numbers through
     * primitive keys when they all fit a double exactly enough (the usual case), so that sorting
     * 100,000 rows takes milliseconds.
     */
    private IntSort.Comparator rowComparator(Object[] cells, String type, boolean descending) {
        int sign = descending ? -1 : 1;
        if ("number".equals(type)
                && Arrays.stream(cells)
                        .allMatch(c -> c == null
                                || !(c instanceof BigDecimal
                                        || c instanceof BigInteger
                                        || (c instanceof Long l && Math.abs(l) > (1L << 53))))) {
            double[] keys = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                keys[i] = cells[i] == null ? 0 : ((Number) cells[i]).doubleValue();
            }
            return (a, b) -> {
                if (cells[a] == null || cells[b] == null) {
                    return nullsLast(cells[a], cells[b]);
                }
                return sign * Double.compare(keys[a], keys[b]);
            };
        }
        Comparator<Object> values = comparator(type);
        return (a, b) -> {
            Object x = cells[a];
            Object y = cells[b];
            return x == null || y == null ? nullsLast(x, y) : sign * values.compare(x, y);
        };
    }

    private static int nullsLast(Object x, Object y) {
        return x == null ? (y == null ? 0 : 1) : -1;
    }

    private static Comparator<Object> comparator(String type) {
        return switch (type) {
            case "number" -> (a, b) -> compareNumbers((Number) a, (Number) b);
            case "boolean" -> (a, b) -> Boolean.compare((Boolean) a, (Boolean) b);
            default ->
                (a, b) -> {
                    String x = String.valueOf(a);
                    String y = String.valueOf(b);
                    int folded = String.CASE_INSENSITIVE_ORDER.compare(x, y);
                    return folded != 0 ? folded : x.compareTo(y);
                };
        };
    }

    private static int compareNumbers(Number a, Number b) {
        if (isWhole(a) && isWhole(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof BigInteger || b instanceof BigInteger) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }

    private static boolean isWhole(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    /** A cell as the table keeps it: a number, a boolean, text or null. */
    private static Object cell(Object value) {
        return switch (value) {
            case null -> null;
            case Double d when d.isNaN() || d.isInfinite() -> null;
            case Float f when f.isNaN() || f.isInfinite() -> null;
            case Number n -> n;
            case Boolean b -> b;
            case Enum<?> e -> e.name();
            default -> String.valueOf(value);
        };
    }

    private static String type(Object[] cells) {
        boolean numbers = true;
        boolean booleans = true;
        boolean any = false;
        for (Object cell : cells) {
            if (cell != null) {
                any = true;
                numbers &= cell instanceof Number;
                booleans &= cell instanceof Boolean;
            }
        }
        return !any ? "text" : numbers ? "number" : booleans ? "boolean" : "text";
    }

    private static void add(ArrayNode cells, Object cell) {
        switch (cell) {
            case null -> cells.addNull();
            case Integer i -> cells.add(i);
            case Long l -> cells.add(l);
            case Short s -> cells.add(s.intValue());
            case Byte b -> cells.add(b.intValue());
            case BigDecimal d -> cells.add(d);
            case BigInteger i -> cells.add(i);
            case Number n -> cells.add(n.doubleValue());
            case Boolean b -> cells.add(b);
            default -> cells.add(String.valueOf(cell));
        }
    }
}
