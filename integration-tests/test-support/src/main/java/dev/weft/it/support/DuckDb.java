package dev.weft.it.support;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * A real in-memory DuckDB database for tests and benchmarks, as a {@link DataSource}: each connection
 * is a duplicate of the first, so all of them see one database (as a pool's would). Needs DuckDB's
 * JDBC driver on the class path (this module leaves that dependency to its user).
 *
 * <pre>{@code
 * try (DuckDb db = new DuckDb().run("CREATE TABLE t AS SELECT i FROM range(10) r(i)")) {
 *     Table.query(db, "SELECT i FROM t") ...
 * }
 * }</pre>
 */
public final class DuckDb implements DataSource, AutoCloseable {

    private final DuckDBConnection root;

    /** Opens a new, empty in-memory database. */
    public DuckDb() throws SQLException {
        this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Runs statements that change the database, in order; returns this database. */
    public DuckDb run(String... sql) throws SQLException {
        try (Statement statement = root.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
        return this;
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
