package dev.weft.runtime.tables;

import dev.weft.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A JDBC result or query read into memory as columns, for what needs every row at once (a chart):
 * at most {@link JdbcValues#MAX_RESULT_ROWS} rows, the query's parameters bound, never spliced.
 */
public final class JdbcRows {

    private JdbcRows() {}

    /**
     * Every row of {@code results}, read to its end, as columns in the result's order.
     *
     * @throws IllegalArgumentException if the result cannot be read, or has too many rows
     */
    public static LinkedHashMap<String, List<Object>> columns(Table.Results results) {
        return JdbcValues.readAll(results.results());
    }

    /**
     * Runs {@code query} once and reads every row of its result as columns.
     *
     * @throws IllegalArgumentException if the query fails (the database's message included), or
     *     returns too many rows
     */
    public static LinkedHashMap<String, List<Object>> columns(Table.Query query) {
        try (Connection connection = query.source().getConnection();
                PreparedStatement statement = connection.prepareStatement(query.sql())) {
            List<Object> parameters = query.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet results = statement.executeQuery()) {
                return JdbcValues.readAll(results);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("The chart's query failed: " + e.getMessage(), e);
        }
    }
}
