package dev.weft.examples.explorer;

import dev.weft.Edits;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded DuckDB database: NOAA's daily weather of Seattle and New York, 2012–2015, loaded
 * from the CSV shipped with the app when the server starts, and the users' notes on it.
 *
 * <p>One in-memory database for the whole server; each query runs on a connection of its own
 * ({@link DuckDBConnection#duplicate()}), so parallel sections of every session query at once.
 */
@Startup
@ApplicationScoped
public class WeatherDb {

    /** The data set shipped in {@code src/main/resources}, with its source and licence in the NOTICE. */
    static final String CSV = "/weather.csv";

    @ConfigProperty(name = "explorer.query-delay", defaultValue = "0ms")
    Duration queryDelay;

    private DuckDBConnection database;
    private DuckDbSource source;
    private List<String> locations;
    private int firstYear;
    private int lastYear;

    @PostConstruct
    void load() {
        try {
            database = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            source = new DuckDbSource(database);
            Path csv = Files.createTempFile("weather", ".csv");
            try (InputStream in = WeatherDb.class.getResourceAsStream(CSV)) {
                if (in == null) {
                    throw new IllegalStateException("The data set " + CSV + " is not on the class path.");
                }
                Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
            }
            try (Statement sql = database.createStatement()) {
                sql.execute("CREATE TABLE weather AS SELECT * FROM read_csv('"
                        + csv.toString().replace("'", "''")
                        + "', header = true, columns = {'location': 'VARCHAR', 'date': 'DATE',"
                        + " 'precipitation': 'DOUBLE', 'temp_max': 'DOUBLE', 'temp_min': 'DOUBLE',"
                        + " 'wind': 'DOUBLE', 'weather': 'VARCHAR'})");
                sql.execute("CREATE SEQUENCE note_ids START 1");
                sql.execute("CREATE TABLE notes (id BIGINT PRIMARY KEY DEFAULT nextval('note_ids'), day DATE NOT NULL,"
                        + " location VARCHAR NOT NULL, note VARCHAR NOT NULL, tag VARCHAR NOT NULL)");
                sql.execute("INSERT INTO notes (day, location, note, tag) VALUES"
                        + " (DATE '2012-01-18', 'Seattle', 'Snowstorm: the city shuts down under 15 cm of snow', 'storm'),"
                        + " (DATE '2012-10-29', 'New York', 'Hurricane Sandy makes landfall', 'storm'),"
                        + " (DATE '2015-01-27', 'New York', 'Blizzard: travel ban across the city', 'cold')");
            } finally {
                Files.deleteIfExists(csv);
            }
            locations = strings("SELECT DISTINCT location FROM weather ORDER BY location DESC");
            try (Connection c = connection();
                    ResultSet years =
                            c.createStatement().executeQuery("SELECT min(year(date)), max(year(date)) FROM weather")) {
                years.next();
                firstYear = years.getInt(1);
                lastYear = years.getInt(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB could not load the weather data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws SQLException {
        database.close();
    }

    /** The places in the data, Seattle first. */
    public List<String> locations() {
        return locations;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** The kinds of weather in the data. */
    public List<String> kinds() {
        return List.of("sun", "rain", "drizzle", "fog", "snow");
    }

    /** The days the filters keep, in date order. */
    public List<Day> days(Filters filters) {
        return query(
                "SELECT location, date, precipitation, temp_max, temp_min, wind, weather FROM weather" + where(filters)
                        + " ORDER BY date",
                filters,
                rows -> {
                    List<Day> days = new ArrayList<>();
                    while (rows.next()) {
                        days.add(day(rows));
                    }
                    return days;
                });
    }

    /** Totals and means over the days the filters keep. */
    public Summary summary(Filters filters) {
        return query(
                "SELECT count(*), avg(temp_max), avg(temp_min), sum(precipitation),"
                        + " count(*) FILTER (WHERE precipitation > 0), max(wind), arg_max(date, wind)"
                        + " FROM weather" + where(filters),
                filters,
                rows -> {
                    rows.next();
                    return new Summary(
                            rows.getInt(1),
                            rows.getDouble(2),
                            rows.getDouble(3),
                            rows.getDouble(4),
                            rows.getInt(5),
                            rows.getDouble(6),
                            rows.getObject(7, LocalDate.class));
                });
    }

    /** Precipitation by month (January first) for each year the filters keep, in millimetres. */
    public Map<String, List<Double>> monthlyPrecipitation(Filters filters) {
        return query(
                "SELECT year(date), month(date), sum(precipitation) FROM weather" + where(filters)
                        + " GROUP BY ALL ORDER BY ALL",
                filters,
                rows -> {
                    Map<String, List<Double>> years = new LinkedHashMap<>();
                    while (rows.next()) {
                        List<Double> months = years.computeIfAbsent(
                                String.valueOf(rows.getInt(1)), year -> new ArrayList<>(Collections.nCopies(12, 0.0)));
                        months.set(rows.getInt(2) - 1, Math.round(rows.getDouble(3) * 10) / 10.0);
                    }
                    return years;
                });
    }

    /** How many days of each kind of weather the filters keep, most frequent first. */
    public Map<String, Integer> kindCounts(Filters filters) {
        return query(
                "SELECT weather, count(*) FROM weather" + where(filters) + " GROUP BY weather ORDER BY 2 DESC, 1",
                filters,
                rows -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                    return counts;
                });
    }

    /** Every note, by day. */
    public List<Note> notes() {
        try (Connection c = connection();
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT id, day, location, note, tag FROM notes ORDER BY day, id")) {
            List<Note> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(new Note(
                        rows.getLong(1),
                        rows.getObject(2, LocalDate.class),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5)));
            }
            return notes;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the notes failed: " + e.getMessage(), e);
        }
    }

    /** Saves a new note and returns it with its id. */
    public Note add(Note note) {
        try (Connection c = connection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO notes (day, location, note, tag) VALUES (?, ?, ?, ?) RETURNING id")) {
            bind(insert, note);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return new Note(id.getLong(1), note.date(), note.location(), note.text(), note.tag());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the note failed: " + e.getMessage(), e);
        }
    }

    /** Writes a changed note over the one with its id. */
    public void update(Note note) {
        try (Connection c = connection();
                PreparedStatement update =
                        c.prepareStatement("UPDATE notes SET day = ?, location = ?, note = ?, tag = ? WHERE id = ?")) {
            bind(update, note);
            update.setLong(5, note.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the note failed: " + e.getMessage(), e);
        }
    }

    /** Writes what the user edited in the notes table: changed notes, added ones, deleted ones. */
    public void save(Edits<Note> edits) {
        edits.changed().values().forEach(this::update);
        edits.added().forEach(this::add);
        edits.deleted().forEach(note -> delete(note.id()));
    }

    /** Deletes the note with this id. */
    public void delete(long id) {
        try (Connection c = connection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM notes WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting the note failed: " + e.getMessage(), e);
        }
    }

    /** The database as a data source, for tables that stay in it ({@code Table.query}). */
    public DataSource dataSource() {
        return source;
    }

    /**
     * The days the filters keep within {@code range}, as SQL for a table that stays in DuckDB: each
     * page, sort and search is a query of its own. Its columns are {@code key} (place and day, what
     * a selection returns), {@code date}, {@code weather}, {@code high}, {@code low}, {@code
     * precipitation} and {@code wind}.
     *
     * @return the SQL and its parameters
     */
    public Sql daysQuery(Filters filters, DateRange range) {
        List<Object> parameters = new ArrayList<>(List.of(filters.location(), filters.fromYear(), filters.toYear()));
        parameters.addAll(filters.kinds());
        String sql = "SELECT location || ' ' || CAST(date AS VARCHAR) AS key, date, weather, temp_max AS high,"
                + " temp_min AS low, precipitation, wind FROM weather" + where(filters);
        if (range.isBrushed()) {
            sql += " AND date BETWEEN ? AND ?";
            parameters.add(range.from());
            parameters.add(range.to());
        }
        return new Sql(sql + " ORDER BY date", parameters);
    }

    /** A query and its parameters. */
    public record Sql(String sql, List<Object> parameters) {}

    /** A connection of its own to the one database; the caller closes it. */
    public Connection connection() throws SQLException {
        return database.duplicate();
    }

    // ---------------------------------------------------------------- helpers

    /** Reads a result. */
    interface Reader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    private <R> R query(String sql, Filters filters, Reader<R> reader) {
        pause();
        try (Connection c = connection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, filters.location());
            statement.setInt(i++, filters.fromYear());
            statement.setInt(i++, filters.toYear());
            for (String kind : filters.kinds()) {
                statement.setString(i++, kind);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The query failed: " + e.getMessage(), e);
        }
    }

    /** The filters as a {@code WHERE} clause, with a parameter for each value. */
    private static String where(Filters filters) {
        String kinds = filters.kinds().isEmpty()
                ? ""
                : " AND weather IN ("
                        + String.join(", ", Collections.nCopies(filters.kinds().size(), "?")) + ")";
        return " WHERE location = ? AND year(date) BETWEEN ? AND ?" + kinds;
    }

    private static Day day(ResultSet rows) throws SQLException {
        return new Day(
                rows.getString(1),
                rows.getObject(2, LocalDate.class),
                rows.getDouble(3),
                rows.getDouble(4),
                rows.getDouble(5),
                rows.getDouble(6),
                rows.getString(7));
    }

    private static void bind(PreparedStatement statement, Note note) throws SQLException {
        statement.setObject(1, note.date());
        statement.setString(2, note.location());
        statement.setString(3, note.text());
        statement.setString(4, note.tag());
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection c = connection();
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Stands for a remote warehouse when {@code explorer.query-delay} is set (0 by default). */
    private void pause() {
        if (!queryDelay.isZero()) {
            try {
                Thread.sleep(queryDelay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The query was cancelled.", e);
            }
        }
    }
}
