package dev.weft.runtime.tables;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * An in-memory DuckDB database of {@code rows} trips, as a {@link DataSource} whose connections are
 * duplicates of the first (so all of them see the one database, as a pool's would).
 */
final class BenchDuckDb implements DataSource, AutoCloseable {

    private final DuckDBConnection root;

    /**
     * Trip {@code i}: id {@code i}, one of 20 zones, a fare from 0 to 99.99, a day in 2024, a note
     * {@code "trip <i>"}, and 1 to 6 passengers.
     */
    BenchDuckDb(int rows) throws SQLException {
        root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = root.createStatement()) {
            statement.execute("CREATE TABLE trips AS SELECT i AS id, 'zone ' || chr(65 + (i % 20)::INT) AS zone,"
                    + " ((i * 7919) % 10000) / 100.0 AS fare, DATE '2024-01-01' + (i % 366)::INT AS day,"
                    + " 'trip ' || i AS note, 1 + (i % 6)::INT AS passengers FROM range(" + rows + ") t(i)");
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return root.duplicate();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper.");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
