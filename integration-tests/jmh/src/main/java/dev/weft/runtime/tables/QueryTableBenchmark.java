package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.Table;
import dev.weft.it.support.DuckDb;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A table of a SQL query over a million rows in an embedded DuckDB ({@link QueryTable}), as the
 * server answers a browser: drawing it, a page, a sorted page, a searched or filtered page (count
 * included), a page deep in the table, and the CSV export of every row. Each op that counts asks for
 * a view other than the last one, so the table's cached count never answers it.
 *
 * <p>The bytes of one page's {@code table_page} message are printed once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryTableBenchmark {

    private static final String SQL = "SELECT id, zone, fare, day, note, passengers FROM trips";

    @Param("1000000")
    int rows;

    private DuckDb db;
    private TableModel table;
    private TableModel ordered;
    private int fare;
    private int note;
    private int zone;
    private int day;
    private long op;

    @Setup(Level.Trial)
    public void setUp() throws SQLException, IOException {
        // Trip i: id i, one of 20 zones, a fare from 0 to 99.99, a day in 2024, a note "trip <i>", 1 to 6 passengers.
        db = new DuckDb()
                .run("CREATE TABLE trips AS SELECT i AS id, 'zone ' || chr(65 + (i % 20)::INT) AS zone,"
                        + " ((i * 7919) % 10000) / 100.0 AS fare, DATE '2024-01-01' + (i % 366)::INT AS day,"
                        + " 'trip ' || i AS note, 1 + (i % 6)::INT AS passengers FROM range(" + rows + ") t(i)");
        table = draw();
        fare = table.column("fare");
        note = table.column("note");
        zone = table.column("zone");
        day = table.column("day");
        ordered = TableReader.read(Table.query(db, SQL + " ORDER BY id").key("id"));
        TablePage page = table.page(TableCriteria.NONE, 0);
        Incoming.Table request = new Incoming.Table("slot", "table:0", 1, 0, null, false, null, List.of(), 1);
        byte[] message = new ObjectMapper()
                .writeValueAsBytes(Protocol.tablePage(
                        request,
                        1,
                        TablePage.pages(page.total(), table.pageSize()),
                        page.total(),
                        page.all(),
                        page.rows(),
                        page.keys()));
        System.out.printf(
                "%n[query table] %,d rows; one page of %d rows is a table_page message of %,d bytes%n",
                table.rowCount(), table.pageSize(), message.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        db.close();
    }

    private TableModel draw() {
        return TableReader.read(
                Table.query(db, SQL).key("id").label("Trips").search().filters().export());
    }

    /** Drawing the table: the result's columns, its count, the zones' choices, and the first page. */
    @Benchmark
    public Object drawTable() {
        return draw().element("table:0");
    }

    @Benchmark
    public TablePage firstPage() {
        return table.page(TableCriteria.NONE, 0);
    }

    /** The first page of the same query with an {@code ORDER BY id} of its own: the database sorts first. */
    @Benchmark
    public TablePage firstPageOfOrderedQuery() {
        return ordered.page(TableCriteria.NONE, 0);
    }

    /** The first page of that query sorted by fare: the query's own sort, then the view's. */
    @Benchmark
    public TablePage sortedByNumberOfOrderedQuery() {
        return ordered.page(new TableCriteria(null, List.of(), fare, (op++ & 1) == 0), 0);
    }

    /** The page at row 500,000 of the rows' own order (OFFSET over half the table). */
    @Benchmark
    public TablePage middlePage() {
        return table.page(TableCriteria.NONE, (int) (table.rowCount() / 2 / table.pageSize()));
    }

    /** The first page sorted by fare, up or down in turn. */
    @Benchmark
    public TablePage sortedByNumber() {
        return table.page(new TableCriteria(null, List.of(), fare, (op++ & 1) == 0), 0);
    }

    /** The first page sorted by a text column (ignoring case), up or down in turn. */
    @Benchmark
    public TablePage sortedByText() {
        return table.page(new TableCriteria(null, List.of(), note, (op++ & 1) == 0), 0);
    }

    /** The first page of a search over every column (counted): a rare word, a different one each op. */
    @Benchmark
    public TablePage searched() {
        return table.page(new TableCriteria("trip 4242" + (op++ % 10), List.of(), -1, false), 0);
    }

    /** The same with digits alone, which numbers and dates could contain: every column is cast to text. */
    @Benchmark
    public TablePage searchedDigits() {
        return table.page(new TableCriteria("4242" + (op++ % 10), List.of(), -1, false), 0);
    }

    /** The first page of a search that matches a twentieth of the rows, sorted by fare. */
    @Benchmark
    public TablePage searchedCommonSorted() {
        String zoneName = "zone " + (char) ('a' + (op++ % 20));
        return table.page(new TableCriteria(zoneName, List.of(), fare, false), 0);
    }

    /** The first page of two filters (a choice of zones and a fare range, counted), a range of its own each op. */
    @Benchmark
    public TablePage filtered() {
        BigDecimal min = BigDecimal.valueOf(op++ % 50);
        List<TableCriteria.Match> filters = List.of(
                new TableCriteria.OneOf(zone, Set.of("zone A", "zone B", "zone C")),
                new TableCriteria.Range(fare, min, min.add(BigDecimal.TEN)),
                new TableCriteria.Range(day, java.time.LocalDate.of(2024, 3, 1), null));
        return table.page(new TableCriteria(null, filters, day, true), 0);
    }

    /** Every row as CSV, streamed to a counter; returns the bytes written. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public long exportCsvAll() throws IOException {
        Counter out = new Counter();
        TableExports.write(table, TableCriteria.NONE, "csv", out);
        return out.bytes;
    }

    /** A twentieth of the rows (one zone), sorted by fare, as an Excel workbook. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public long exportXlsxOneZone() throws IOException {
        Counter out = new Counter();
        TableExports.write(
                table,
                new TableCriteria(null, List.of(new TableCriteria.OneOf(zone, Set.of("zone Q"))), fare, false),
                "xlsx",
                out);
        return out.bytes;
    }

    private static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
