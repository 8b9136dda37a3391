package dev.weft.runtime.tables;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One column of a query's result as a {@link QueryTable} writes SQL about it: its name quoted as the
 * database quotes identifiers (the only way a column reaches the SQL: by its name in the result's own
 * metadata), its SQL type, and the table type its cells have ({@link Cells#type}).
 *
 * @param name the column's label in the result
 * @param quoted the name as an identifier: in the database's quotes, each quote in it doubled
 * @param sqlType its {@link Types} code
 * @param type its cells' type: {@code number}, {@code boolean}, {@code date}, {@code time}, {@code
 *     datetime}, {@code list} or {@code text}
 * @param text whether the database holds it as text (compared without a cast)
 * @param zoned whether it is a timestamp with a time zone (a range's bounds are bound as UTC instants)
 */
record QueryColumn(String name, String quoted, int sqlType, String type, boolean text, boolean zoned) {

    /** Whether a search and a contains filter look in it: every column but binary ones. */
    boolean searchable() {
        return !binary(sqlType);
    }

    /** Whether an {@code ORDER BY} may name it, to make a sort's order total: scalar columns. */
    boolean orderable() {
        return !binary(sqlType)
                && !type.equals("list")
                && sqlType != Types.STRUCT
                && sqlType != Types.CLOB
                && sqlType != Types.NCLOB;
    }

    /**
     * The column as an equality with a choice or key compares it: as it is, or as text for a column
     * the table shows as text though the database does not hold it as text (a UUID, a struct).
     */
    String compared() {
        return text || !type.equals("text") ? quoted : "CAST(" + quoted + " AS VARCHAR)";
    }

    /** The column as text, lower case, for a search or a contains filter. */
    String lowered() {
        return "LOWER(" + (text ? quoted : "CAST(" + quoted + " AS VARCHAR)") + ")";
    }

    /**
     * The columns of a result, in order.
     *
     * @param quote the database's identifier quote ({@link java.sql.DatabaseMetaData#getIdentifierQuoteString})
     * @throws IllegalArgumentException if two columns have the same name
     */
    static List<QueryColumn> of(ResultSetMetaData meta, String quote) throws SQLException {
        String q = quote == null || quote.isBlank() ? "\"" : quote.strip();
        List<QueryColumn> columns = new ArrayList<>(meta.getColumnCount());
        Set<String> names = new HashSet<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            String name = meta.getColumnLabel(c);
            if (!names.add(name)) {
                throw new IllegalArgumentException("The query's result has two columns named '" + name
                        + "'. Give each its own name (SELECT a.id AS a_id, b.id AS b_id ...).");
            }
            int sqlType = meta.getColumnType(c);
            String type = JdbcValues.type(sqlType);
            if (type == null) {
                type = sqlType == Types.ARRAY ? "list" : numeric(meta.getColumnClassName(c)) ? "number" : "text";
            }
            boolean text = "text".equals(JdbcValues.type(sqlType));
            columns.add(new QueryColumn(
                    name,
                    q + name.replace(q, q + q) + q,
                    sqlType,
                    type,
                    text,
                    sqlType == Types.TIMESTAMP_WITH_TIMEZONE));
        }
        return columns;
    }

    /** One cell of the current row, as a table keeps it ({@link Cells#cell}). */
    Object read(ResultSet results, int index) throws SQLException {
        return JdbcValues.cell(results, index, sqlType);
    }

    private static boolean binary(int sqlType) {
        return switch (sqlType) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> true;
            default -> false;
        };
    }

    /** Whether a driver's class for a column of a type JDBC has no code for (DuckDB's HUGEINT) is a number. */
    private static boolean numeric(String className) {
        return className != null
                && switch (className) {
                    case "java.math.BigInteger",
                            "java.math.BigDecimal",
                            "java.lang.Long",
                            "java.lang.Integer",
                            "java.lang.Short",
                            "java.lang.Byte",
                            "java.lang.Double",
                            "java.lang.Float" -> true;
                    default -> false;
                };
    }
}
