package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Column;
import dev.weft.Table;
import dev.weft.runtime.wire.ErrorCode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A table whose rows stay in a database: every page, sort, search, filter and export is a query of
 * its own around the app's ({@link QuerySql}), run with a connection of the app's {@link DataSource}
 * (taken for the query and closed after it), so that a table of millions of rows costs the server
 * one page of them.
 *
 * <p>Drawing the table reads the result's columns, counts its rows, and, when the table has filters,
 * the distinct values of its text and boolean columns (up to {@value TableData#MAX_CHOICES} of them,
 * for a choice filter); a failure there is the fragment's error. Afterwards a query that fails answers
 * its request with a {@link TableException} ({@link ErrorCode#TABLE_FAILED}) whose message is the
 * database's, shown in the table; the session goes on. The count of the last view asked for is kept,
 * so that paging through one view counts its rows once.
 *
 * <p>Thread-safe, as long as the data source is (a connection pool, or a driver's data source, is).
 */
final class QueryTable implements TableModel {

    /** How long a page or count query may run, in seconds, where the driver supports a timeout. */
    static final int QUERY_TIMEOUT_SECONDS = 60;

    /** How many rows an export asks the driver for at a time. */
    static final int EXPORT_FETCH_SIZE = 4096;

    /** How many keys one query for the rows of a selection names. */
    static final int KEYS_PER_QUERY = 1000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DataSource source;
    private final List<QueryColumn> sqlColumns;
    private final List<TableColumn> columns;
    private final int[] shown;
    private final int keyColumn;
    private final QuerySql sql;
    private final TableOptions options;
    private final long rowCount;
    private final Map<Integer, List<Object>> choices;

    // Guarded by this: the count of the last view's rows.
    private TableCriteria counted = TableCriteria.NONE;
    private long count;

    private QueryTable(
            DataSource source,
            List<QueryColumn> sqlColumns,
            List<TableColumn> columns,
            int keyColumn,
            QuerySql sql,
            TableOptions options,
            long rowCount,
            Map<Integer, List<Object>> choices) {
        this.source = source;
        this.sqlColumns = sqlColumns;
        this.columns = List.copyOf(columns);
        this.keyColumn = keyColumn;
        this.sql = sql;
        this.options = options;
        this.rowCount = rowCount;
        this.count = rowCount;
        this.choices = choices;
        this.shown = java.util.stream.IntStream.range(0, columns.size())
                .filter(c -> !columns.get(c).hidden())
                .toArray();
    }

    /**
     * Opens a query's table: its columns, its count, and its filters' choices.
     *
     * @throws IllegalArgumentException if the table names columns by getter, a column or the key that
     *     the result lacks, or the result has two columns of one name
     * @throws TableException if the query fails
     */
    static TableModel open(Table.Query query, Table<?> table) {
        if (table.keyGetter() != null) {
            throw new IllegalArgumentException("A query table's key is a column of its result: use key(\"id\"),"
                    + " not a getter, with Table.query.");
        }
        for (Table.ColumnSpec spec : table.columns()) {
            if (spec.getter() != null) {
                throw new IllegalArgumentException("Column '" + spec.name() + "': a query table's columns are its"
                        + " result's. Name them in the SQL (SELECT fare AS \"Fare\" ...) and set how one shows"
                        + " with column(name, Column), not with a getter.");
            }
        }
        TableOptions options = TableOptions.of(table);
        try (Connection connection = query.source().getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            List<QueryColumn> sqlColumns;
            QuerySql columnsOnly = new QuerySql(query.sql(), query.parameters(), List.of(), -1);
            try (PreparedStatement statement = prepare(connection, columnsOnly.columnsOnly());
                    ResultSet results = statement.executeQuery()) {
                sqlColumns = QueryColumn.of(results.getMetaData(), quote);
            }
            List<TableColumn> columns = columns(sqlColumns, table.columns());
            int keyColumn = -1;
            if (table.keyField() != null) {
                keyColumn = index(sqlColumns, table.keyField());
                if (keyColumn < 0) {
                    throw new IllegalArgumentException("The key '" + table.keyField()
                            + "' is not a column of the query's result; it has " + names(sqlColumns) + ".");
                }
            }
            QuerySql sql = new QuerySql(query.sql(), query.parameters(), sqlColumns, keyColumn);
            long rowCount = count(connection, sql.count(TableCriteria.NONE));
            Map<Integer, List<Object>> choices =
                    options.filters() ? choices(connection, sql, sqlColumns, columns) : Map.of();
            return new QueryTable(query.source(), sqlColumns, columns, keyColumn, sql, options, rowCount, choices);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static List<TableColumn> columns(List<QueryColumn> sqlColumns, List<Table.ColumnSpec> specs) {
        Map<String, Column> formats = new LinkedHashMap<>();
        for (Table.ColumnSpec spec : specs) {
            formats.put(spec.name(), spec.format());
        }
        List<TableColumn> columns = new ArrayList<>(sqlColumns.size());
        for (QueryColumn column : sqlColumns) {
            columns.add(
                    new TableColumn(column.name(), column.type(), formats.getOrDefault(column.name(), Column.auto())));
            formats.remove(column.name());
        }
        if (!formats.isEmpty()) {
            throw new IllegalArgumentException("The query's result has no column '"
                    + formats.keySet().iterator().next() + "' to configure; it has " + names(sqlColumns) + ".");
        }
        return columns;
    }

    /** The choices of each text or boolean column with at most {@link TableData#MAX_CHOICES} distinct cells. */
    private static Map<Integer, List<Object>> choices(
            Connection connection, QuerySql sql, List<QueryColumn> sqlColumns, List<TableColumn> columns)
            throws SQLException {
        Map<Integer, List<Object>> choices = new TreeMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String type = columns.get(c).type();
            if (!type.equals("text") && !type.equals("boolean")) {
                continue;
            }
            List<Object> distinct = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, sql.distinct(c, TableData.MAX_CHOICES + 1));
                    ResultSet results = statement.executeQuery()) {
                while (results.next()) {
                    distinct.add(sqlColumns.get(c).read(results, 1));
                }
            }
            if (distinct.size() <= TableData.MAX_CHOICES) {
                boolean empty = distinct.remove(null);
                distinct.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(Cells.text(a), Cells.text(b)));
                if (empty) {
                    distinct.add(null);
                }
                choices.put(c, Collections.unmodifiableList(distinct));
            }
        }
        return choices;
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

    @Override
    public ObjectNode element(String id) {
        ObjectNode table = JSON.objectNode().put("t", "table").put("id", id);
        options.write(table);
        ArrayNode header = table.putArray("columns");
        for (int c : shown) {
            ObjectNode column =
                    ColumnJson.write(header.addObject(), columns.get(c), options.filters() ? filter(c) : null);
            if ("values".equals(column.path("filter").asText())) {
                ArrayNode values = column.putArray("choices");
                choices.get(c).forEach(choice -> Cells.write(values, choice));
            }
        }
        TablePage first = page(TableCriteria.NONE, 0);
        table.put("total", rowCount).put("page", 0);
        table.set("rows", first.rows());
        table.set("keys", first.keys());
        return table;
    }

    /** The filter a column's header offers, as for a table in memory. */
    private String filter(int column) {
        TableColumn spec = columns.get(column);
        if (spec.ranged()) {
            return "range";
        }
        return choices.containsKey(column) ? "values" : "contains";
    }

    /** A query takes its time whatever the view: every request runs on the table threads. */
    @Override
    public boolean quick(TableCriteria criteria) {
        return false;
    }

    @Override
    public TablePage page(TableCriteria criteria, int page) {
        long total = count(criteria.unsorted());
        int pages = TablePage.pages(total, pageSize());
        if (page >= pages) {
            throw new TableException(
                    ErrorCode.BAD_PAGE,
                    "Page " + page + " is out of range: the table has pages 0 to " + (pages - 1) + ".",
                    null);
        }
        ArrayNode rows = JSON.arrayNode();
        ArrayNode keys = JSON.arrayNode();
        QuerySql.Statement statement = sql.page(criteria, (long) page * pageSize(), pageSize());
        try (Connection connection = source.getConnection();
                PreparedStatement prepared = prepare(connection, statement);
                ResultSet results = prepared.executeQuery()) {
            Object[] cells = new Object[sqlColumns.size()];
            while (results.next()) {
                read(results, cells);
                ArrayNode row = rows.addArray();
                for (int c : shown) {
                    Cells.write(row, cells[c]);
                }
                Cells.write(keys, keyColumn < 0 ? null : Keys.normal(cells[keyColumn]));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return new TablePage(page, total, rowCount, rows, keys);
    }

    /** How many rows a view matches: counted once per view, the last one kept. */
    private long count(TableCriteria unsorted) {
        synchronized (this) {
            if (unsorted.equals(counted)) {
                return count;
            }
        }
        long counted;
        try (Connection connection = source.getConnection()) {
            counted = count(connection, sql.count(unsorted));
        } catch (SQLException e) {
            throw failed(e);
        }
        synchronized (this) {
            this.counted = unsorted;
            this.count = counted;
        }
        return counted;
    }

    private static long count(Connection connection, QuerySql.Statement statement) throws SQLException {
        try (PreparedStatement prepared = prepare(connection, statement);
                ResultSet results = prepared.executeQuery()) {
            results.next();
            return results.getLong(1);
        }
    }

    @Override
    public void export(TableCriteria criteria, RowSink sink) throws IOException {
        try (Connection connection = source.getConnection();
                PreparedStatement prepared = prepare(connection, sql.all(criteria), 0)) {
            prepared.setFetchSize(EXPORT_FETCH_SIZE);
            try (ResultSet results = prepared.executeQuery()) {
                Object[] cells = new Object[sqlColumns.size()];
                while (results.next()) {
                    read(results, cells);
                    sink.row(cells);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Picked rows(Collection<?> wanted) {
        if (keyColumn < 0) {
            throw new IllegalStateException("A query table needs key(\"column\") to find rows by key: give it the"
                    + " column of its result that identifies a row.");
        }
        List<Object> asked = new ArrayList<>(new LinkedHashSet<>(wanted));
        Set<Object> found = new HashSet<>();
        List<Object> keys = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (int from = 0; from < asked.size(); from += KEYS_PER_QUERY) {
            List<Object> chunk = new ArrayList<>();
            for (Object key : asked.subList(from, Math.min(asked.size(), from + KEYS_PER_QUERY))) {
                chunk.add(Keys.normal(key));
            }
            QuerySql.Statement statement = sql.keys(chunk);
            if (statement != null) {
                select(statement, found, keys, rows);
            }
        }
        List<Object> missing = new ArrayList<>();
        for (Object key : asked) {
            if (!found.contains(Keys.normal(key))) {
                missing.add(key);
            }
        }
        return new Picked(keys, rows, missing);
    }

    private void select(QuerySql.Statement statement, Set<Object> found, List<Object> keys, List<Object> rows) {
        try (Connection connection = source.getConnection();
                PreparedStatement prepared = prepare(connection, statement);
                ResultSet results = prepared.executeQuery()) {
            Object[] cells = new Object[sqlColumns.size()];
            while (results.next()) {
                read(results, cells);
                Object key = Keys.normal(cells[keyColumn]);
                if (key != null && found.add(key)) {
                    keys.add(key);
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 0; c < cells.length; c++) {
                        row.put(sqlColumns.get(c).name(), cells[c]);
                    }
                    rows.add(Collections.unmodifiableMap(row));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public List<List<Object>> allRows() {
        List<List<Object>> rows = new ArrayList<>();
        try {
            export(TableCriteria.NONE, cells -> rows.add(java.util.Arrays.asList(cells.clone())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private void read(ResultSet results, Object[] cells) throws SQLException {
        for (int c = 0; c < cells.length; c++) {
            cells[c] = sqlColumns.get(c).read(results, c + 1);
        }
    }

    private static PreparedStatement prepare(Connection connection, QuerySql.Statement statement) throws SQLException {
        return prepare(connection, statement, QUERY_TIMEOUT_SECONDS);
    }

    private static PreparedStatement prepare(Connection connection, QuerySql.Statement statement, int timeout)
            throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        try {
            if (timeout > 0) {
                try {
                    prepared.setQueryTimeout(timeout);
                } catch (SQLException | UnsupportedOperationException e) {
                    // A driver without timeouts runs the query without one.
                }
            }
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            return prepared;
        } catch (SQLException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    private static int index(List<QueryColumn> columns, String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private static List<String> names(List<QueryColumn> columns) {
        return columns.stream().map(QueryColumn::name).toList();
    }

    private static TableException failed(SQLException e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        return new TableException(ErrorCode.TABLE_FAILED, "The query failed: " + message, e);
    }
}
