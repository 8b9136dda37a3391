package dev.weft.runtime.tables;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads JDBC results as Java values a table keeps: numbers, booleans, text, {@code LocalDate}, {@code
 * LocalTime}, {@code LocalDateTime} and {@code OffsetDateTime} by the column's SQL type; anything
 * else as the driver gives it ({@link Cells#cell} then makes it text).
 */
final class JdbcValues {

    /**
     * The most rows a table reads from a {@code ResultSet} ({@code Table.of(ResultSet)}, {@code
     * ui.display(ResultSet)}): its rows are copied into the server's memory, where a million rows of
     * ten columns take hundreds of megabytes. A larger result is refused with a message that points
     * to {@code Table.query}, which keeps the rows in the database.
     */
    static final int MAX_RESULT_ROWS = 100_000;

    private JdbcValues() {}

    /**
     * Every row of a result, read to its end, as columns in the result's order.
     *
     * @throws IllegalArgumentException if the result cannot be read (the driver's message included),
     *     or has more than {@link #MAX_RESULT_ROWS} rows
     */
    static LinkedHashMap<String, List<Object>> readAll(ResultSet results) {
        try {
            ResultSetMetaData meta = results.getMetaData();
            int count = meta.getColumnCount();
            int[] types = new int[count];
            List<List<Object>> values = new ArrayList<>(count);
            LinkedHashMap<String, List<Object>> columns = new LinkedHashMap<>();
            for (int c = 0; c < count; c++) {
                types[c] = meta.getColumnType(c + 1);
                List<Object> column = new ArrayList<>();
                values.add(column);
                String name = meta.getColumnLabel(c + 1);
                if (columns.putIfAbsent(name, column) != null) {
                    throw new IllegalArgumentException("The result has two columns named '" + name
                            + "'. Give each its own name (SELECT a.id AS a_id, b.id AS b_id ...).");
                }
            }
            int rows = 0;
            while (results.next()) {
                if (++rows > MAX_RESULT_ROWS) {
                    throw new IllegalArgumentException("The result has more than " + MAX_RESULT_ROWS
                            + " rows, too many to copy into a table in memory. Draw"
                            + " Table.query(dataSource, sql) instead: its rows stay in the database"
                            + " and the browser gets one page at a time.");
                }
                for (int c = 0; c < count; c++) {
                    values.get(c).add(cell(results, c + 1, types[c]));
                }
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalArgumentException("Could not read the result: " + e.getMessage(), e);
        }
    }

    /** The column names of a result, in order. */
    static List<String> names(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>(meta.getColumnCount());
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            names.add(meta.getColumnLabel(c));
        }
        return names;
    }

    /** The table type ({@link Cells#type}) a column of this SQL type has, or null to judge by its values. */
    static String type(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT,
                    Types.SMALLINT,
                    Types.INTEGER,
                    Types.BIGINT,
                    Types.REAL,
                    Types.FLOAT,
                    Types.DOUBLE,
                    Types.NUMERIC,
                    Types.DECIMAL -> "number";
            case Types.BIT, Types.BOOLEAN -> "boolean";
            case Types.DATE -> "date";
            case Types.TIME -> "time";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "datetime";
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB,
                    Types.NCLOB -> "text";
            default -> null;
        };
    }

    /** One cell of the current row. */
    static Object read(ResultSet results, int column, int sqlType) throws SQLException {
        Object value =
                switch (sqlType) {
                    case Types.BIT, Types.BOOLEAN -> results.getBoolean(column);
                    case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> results.getInt(column);
                    case Types.BIGINT -> results.getLong(column);
                    case Types.REAL, Types.FLOAT, Types.DOUBLE -> results.getDouble(column);
                    case Types.NUMERIC, Types.DECIMAL -> results.getBigDecimal(column);
                    case Types.CHAR,
                            Types.VARCHAR,
                            Types.LONGVARCHAR,
                            Types.NCHAR,
                            Types.NVARCHAR,
                            Types.LONGNVARCHAR,
                            Types.CLOB,
                            Types.NCLOB -> results.getString(column);
                    case Types.DATE -> temporal(results, column, LocalDate.class);
                    case Types.TIME -> temporal(results, column, LocalTime.class);
                    case Types.TIMESTAMP -> temporal(results, column, LocalDateTime.class);
                    case Types.TIMESTAMP_WITH_TIMEZONE -> temporal(results, column, OffsetDateTime.class);
                    default -> results.getObject(column);
                };
        return results.wasNull() ? null : value;
    }

    /**
     * One cell of the current row as a table keeps it ({@link Cells#cell}): a SQL array as a list of
     * its elements, binary data as its size, anything else as {@link #read} gives it.
     */
    static Object cell(ResultSet results, int column, int sqlType) throws SQLException {
        switch (sqlType) {
            case Types.ARRAY -> {
                java.sql.Array array = results.getArray(column);
                return array == null ? null : Cells.cell(array.getArray());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = results.getBytes(column);
                return bytes == null ? null : "(" + bytes.length + " bytes)";
            }
            default -> {
                return Cells.cell(read(results, column, sqlType));
            }
        }
    }

    /** A date or time through JDBC 4.2's typed getter; through the older {@code java.sql} types if the driver lacks it. */
    private static Object temporal(ResultSet results, int column, Class<?> type) throws SQLException {
        try {
            return results.getObject(column, type);
        } catch (SQLException | RuntimeException e) {
            Object value = results.getObject(column);
            return value == null ? null : Cells.cell(value);
        }
    }
}
