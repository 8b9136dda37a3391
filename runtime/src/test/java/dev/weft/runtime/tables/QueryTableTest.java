package dev.weft.runtime.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Column;
import dev.weft.Table;
import dev.weft.it.support.DuckDb;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.runtime.wire.TableFilter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table of a SQL query against a real (in-memory) DuckDB: pages, sort, search, filters, counts,
 * export and rows by key all run as SQL in the database, browser input only ever as parameters.
 */
class QueryTableTest {

    private static final String TRIPS = "SELECT id, zone, fare, day, note FROM trips ORDER BY id";

    private DuckDb db;

    @BeforeEach
    void database() throws Exception {
        // 103 trips: ids 1000..1102, zones A-D (trip 7 has none), fares 0, 0.5, ..., days from 2024-01-01.
        db = new DuckDb()
                .run("CREATE TABLE trips AS SELECT 1000 + i AS id,"
                        + " CASE WHEN i = 7 THEN NULL ELSE 'zone ' || chr(65 + (i % 4)::INT) END AS zone,"
                        + " i * 0.5 AS fare, DATE '2024-01-01' + i::INT AS day,"
                        + " CASE i WHEN 3 THEN '100% sure' WHEN 4 THEN 'a_b' WHEN 5 THEN 'O''Brien'"
                        + " WHEN 6 THEN 'Ab' ELSE 'n' || i END AS note"
                        + " FROM range(103) t(i)");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private TableModel trips() {
        return TableReader.read(Table.query(db, TRIPS)
                .label("Trips")
                .key("id")
                .column("fare", Column.money("USD"))
                .pageSize(10)
                .search()
                .filters()
                .export());
    }

    @Test
    void element_hasTheResultsColumnsAndTypes_theCount_andTheFirstPageWithKeys() {
        TableModel table = trips();
        ObjectNode element = table.element("table:0");

        assertThat(table.names()).containsExactly("id", "zone", "fare", "day", "note");
        assertThat(table.columns())
                .extracting(TableColumn::type)
                .containsExactly("number", "text", "number", "date", "text");
        assertThat(element.get("total").asInt()).isEqualTo(103);
        assertThat(element.get("label").asText()).isEqualTo("Trips");
        assertThat(element.at("/columns/2/format/currency").asText()).isEqualTo("USD");
        assertThat(element.get("rows")).hasSize(10);
        assertThat(element.at("/rows/1").toString()).isEqualTo("[1001,\"zone B\",0.5,\"2024-01-02\",\"n1\"]");
        assertThat(element.get("keys").toString()).startsWith("[1000,1001,1002,");
        assertThat(element.at("/columns/0/filter").asText()).isEqualTo("range");
        assertThat(element.at("/columns/1/filter").asText()).isEqualTo("values");
        assertThat(element.at("/columns/1/choices").toString())
                .as("the distinct zones, empty last")
                .isEqualTo("[\"zone A\",\"zone B\",\"zone C\",\"zone D\",null]");
        assertThat(element.at("/columns/3/filter").asText()).isEqualTo("range");
        assertThat(element.at("/columns/4/filter").asText())
                .as("too many notes to choose from")
                .isEqualTo("contains");
    }

    @Test
    void pages_runAsLimitAndOffset_andAPagePastTheLastIsRefused() {
        TableModel table = trips();

        TablePage last = table.page(TableCriteria.NONE, 10);
        assertThat(last.total()).isEqualTo(103);
        assertThat(last.rows()).hasSize(3);
        assertThat(last.keys().toString()).isEqualTo("[1100,1101,1102]");
        assertThatThrownBy(() -> table.page(TableCriteria.NONE, 11))
                .isInstanceOf(TableException.class)
                .hasMessage("Page 11 is out of range: the table has pages 0 to 10.")
                .extracting(e -> ((TableException) e).code())
                .isEqualTo(ErrorCode.BAD_PAGE);
    }

    @Test
    void sort_isDoneByTheDatabase_textIgnoringCase_emptyCellsLastEitherWay() throws Exception {
        TableModel table = trips();

        assertThat(table.page(view(table, "fare", true, null), 0).keys().toString())
                .startsWith("[1102,1101,1100,");
        List<String> notes = column(table.page(view(table, "note", false, null), 0), 4);
        assertThat(notes.subList(0, 4)).containsExactly("100% sure", "a_b", "Ab", "n0");
        TableCriteria zoneUp = view(table, "zone", false, null);
        TableCriteria zoneDown = view(table, "zone", true, null);
        assertThat(table.page(zoneUp, 10).rows().get(2).get(1).isNull()).isTrue();
        assertThat(table.page(zoneDown, 10).rows().get(2).get(1).isNull()).isTrue();
        assertThat(table.page(zoneDown, 0).rows().get(0).get(1).asText()).isEqualTo("zone D");
    }

    @Test
    void pagesOfASortWithTies_coverEveryRowOnce_evenWithoutAKey() throws Exception {
        TableModel table =
                TableReader.read(Table.query(db, "SELECT zone, note FROM trips").pageSize(10));
        TableCriteria byZone = view(table, "zone", false, null);
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 11; page++) {
            for (JsonNode row : table.page(byZone, page).rows()) {
                assertThat(seen.add(row.get(1).asText()))
                        .as("note %s once", row.get(1))
                        .isTrue();
            }
        }
        assertThat(seen).hasSize(103);
    }

    @Test
    void search_looksInEveryColumnOfEveryRow_ignoringCase_withWildcardsAsPlainText() throws Exception {
        TableModel table = trips();

        TablePage obrien = table.page(view(table, null, false, "o'brien"), 0);
        assertThat(obrien.keys().toString()).isEqualTo("[1005]");
        assertThat(obrien.total()).isEqualTo(1);
        assertThat(table.page(view(table, null, false, "n1"), 1).total())
                .as("n1, n10-n19, n100-n102, counted from the second page")
                .isEqualTo(14);
        assertThatThrownBy(() -> table.page(view(table, null, false, "n2"), 2))
                .as("n2 and n20-n29 fill two pages")
                .hasMessage("Page 2 is out of range: the table has pages 0 to 1.");
        assertThat(table.page(view(table, null, false, "100%"), 0).keys().toString())
                .as("%% is a character to find, not a wildcard")
                .isEqualTo("[1003]");
        assertThat(table.page(view(table, null, false, "a_"), 0).keys().toString())
                .as("_ too")
                .isEqualTo("[1004]");
        assertThat(table.page(view(table, null, false, "2024-02-0"), 0).total())
                .as("dates are searched as ISO text: 2024-02-01 to 2024-02-09")
                .isEqualTo(9);
        assertThat(table.page(view(table, null, false, "ZONE b"), 0).total()).isEqualTo(26);
        assertThat(table.page(view(table, null, false, "1003"), 0).keys().toString())
                .as("numbers are searched as their text too")
                .isEqualTo("[1003]");
        assertThat(table.page(view(table, null, false, "true"), 0).total())
                .as("no column of this table writes 'true'")
                .isZero();
    }

    @Test
    void filters_areWhereClauses_combinedWithTheSearch_andCounted() throws Exception {
        TableModel table = trips();

        TableCriteria criteria = view(
                table,
                "fare",
                true,
                null,
                new TableFilter("zone", TableFilter.Kind.VALUES, null, null, null, List.of("zone B", "zone C")),
                new TableFilter("fare", TableFilter.Kind.RANGE, null, BigDecimal.TEN, "30", List.of()));
        TablePage page = table.page(criteria, 1);
        // Fares 10..30 are trips 20..60, of which 20 are in zone B or C; sorted down, page 2 starts at trip 38.
        assertThat(page.total()).isEqualTo(20);
        assertThat(page.all()).isEqualTo(103);
        assertThat(page.keys().get(0).asLong()).isEqualTo(1038);

        TableCriteria empty = view(
                table,
                null,
                false,
                null,
                new TableFilter("zone", TableFilter.Kind.VALUES, null, null, null, Arrays.asList("zone A", null)));
        assertThat(table.page(empty, 0).total())
                .as("26 in zone A, and trip 7 without a zone")
                .isEqualTo(27);

        TableCriteria january = view(
                table,
                null,
                false,
                "n1",
                new TableFilter("day", TableFilter.Kind.RANGE, null, "2024-01-10", "2024-01-31", List.of()),
                new TableFilter("note", TableFilter.Kind.CONTAINS, "N", null, null, List.of()));
        assertThat(table.page(january, 0).keys().toString())
                .as("days 9..30 whose note has n1")
                .isEqualTo("[1010,1011,1012,1013,1014,1015,1016,1017,1018,1019]");
    }

    @Test
    void export_streamsEveryMatchingRow_asCsvAndXlsx() throws Exception {
        TableModel table = trips();
        TableCriteria criteria = view(
                table, "id", true, null, new TableFilter("fare", TableFilter.Kind.RANGE, null, 49, null, List.of()));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        TableExports.write(table, criteria, "csv", csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .containsExactly(
                        "\uFEFFid,zone,fare,day,note",
                        "1102,zone C,51.0,2024-04-12,n102",
                        "1101,zone B,50.5,2024-04-11,n101",
                        "1100,zone A,50.0,2024-04-10,n100",
                        "1099,zone D,49.5,2024-04-09,n99",
                        "1098,zone C,49.0,2024-04-08,n98");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableExports.write(table, criteria, "xlsx", xlsx);
        String workbook = unzipped(xlsx.toByteArray());
        assertThat(workbook).contains("zone C", "n102", "n98").doesNotContain("n97");
    }

    @Test
    void browserInput_isNeverSql_andAnUnknownColumnIsRefusedByName() throws Exception {
        TableModel table = trips();

        assertThat(table.page(view(table, null, false, "' OR '1'='1"), 0).total())
                .isZero();
        assertThat(table.page(view(table, null, false, "x'); DROP TABLE trips; --"), 0)
                        .total())
                .isZero();
        assertThat(table.page(
                                view(
                                        table,
                                        null,
                                        false,
                                        null,
                                        new TableFilter(
                                                "zone",
                                                TableFilter.Kind.VALUES,
                                                null,
                                                null,
                                                null,
                                                List.of("zone A' OR 'x'='x"))),
                                0)
                        .total())
                .isZero();
        assertThatThrownBy(() -> view(table, "fare; DROP TABLE trips", false, null))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("has no column 'fare; DROP TABLE trips'");
        assertThatThrownBy(() -> view(
                        table,
                        null,
                        false,
                        null,
                        new TableFilter("fare", TableFilter.Kind.RANGE, null, "1 OR 1=1", null, List.of())))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("is not a number");
        assertThat(table.page(TableCriteria.NONE, 0).total())
                .as("the table is still there")
                .isEqualTo(103);
    }

    @Test
    void columnsWithQuotesInTheirNames_areQuotedAsIdentifiers() throws Exception {
        TableModel table = TableReader.read(Table.query(db, "SELECT id AS \"we\"\"ird\", note AS \"a b\" FROM trips")
                .search());
        TableCriteria criteria = view(
                table,
                "we\"ird",
                true,
                null,
                new TableFilter("a b", TableFilter.Kind.CONTAINS, "n10", null, null, List.of()));

        assertThat(table.names()).containsExactly("we\"ird", "a b");
        assertThat(table.page(criteria, 0).rows().get(0).toString()).isEqualTo("[1102,\"n102\"]");
    }

    @Test
    void queryParameters_areBound_beforeTheViewsOwn() throws Exception {
        TableModel table = TableReader.read(
                Table.query(db, "SELECT id, zone FROM trips WHERE zone = ? AND id > ?;", "zone C", 1050)
                        .key("id"));

        assertThat(table.rowCount()).isEqualTo(13);
        assertThat(TableReader.read(Table.query(db, "SELECT id FROM trips WHERE ? IS NULL OR zone = ?", null, null))
                        .rowCount())
                .as("a null parameter is SQL NULL")
                .isEqualTo(103);
        assertThat(table.page(view(table, "id", true, "zone"), 0).keys().get(0).asLong())
                .isEqualTo(1102);
    }

    @Test
    void rowsByKey_areTheResultsRowsAsMaps_andKeysItLacksAreMissing() {
        TableModel table = trips();

        Picked picked = table.rows(List.of(1005L, 1003, 99_999, "1004"));
        assertThat(picked.keys()).containsExactly(1003L, 1005L);
        assertThat(picked.rows().get(1))
                .isEqualTo(Map.of(
                        "id",
                        1005L,
                        "zone",
                        "zone B",
                        "fare",
                        new BigDecimal("2.5"),
                        "day",
                        LocalDate.of(2024, 1, 6),
                        "note",
                        "O'Brien"));
        assertThat(picked.missing()).as("a number key is never text").containsExactly(99_999, "1004");
        assertThatThrownBy(() -> TableReader.read(Table.query(db, TRIPS)).rows(List.of(1000)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key(\"column\")");
    }

    @Test
    void aFailingQuery_failsTheDraw_withTheDatabasesMessage() {
        assertThatThrownBy(() -> TableReader.read(Table.query(db, "SELECT * FROM nowhere")))
                .isInstanceOf(TableException.class)
                .hasMessageStartingWith("The query failed: ")
                .hasMessageContaining("nowhere");
    }

    @Test
    void aQueryThatFailsLater_answersWithAnErrorForTheTable_andWorksAgainOnceTheDatabaseDoes() throws Exception {
        TableModel table = trips();
        db.run("ALTER TABLE trips RENAME TO gone");

        assertThatThrownBy(() -> table.page(view(table, "fare", false, null), 0))
                .isInstanceOf(TableException.class)
                .hasMessageContaining("trips")
                .extracting(e -> ((TableException) e).code())
                .isEqualTo(ErrorCode.TABLE_FAILED);
        db.run("ALTER TABLE gone RENAME TO trips");
        assertThat(table.page(view(table, "fare", false, null), 0).rows()).hasSize(10);
    }

    @Test
    void gettersAndUnknownColumns_areRefusedWithWhatToDoInstead() {
        assertThatThrownBy(() -> TableReader.read(Table.query(db, TRIPS).column("Fare", row -> row.get("fare"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Name them in the SQL");
        assertThatThrownBy(() -> TableReader.read(Table.query(db, TRIPS).column("price", Column.number())))
                .hasMessage(
                        "The query's result has no column 'price' to configure; it has [id, zone, fare, day, note].");
        assertThatThrownBy(() -> TableReader.read(Table.query(db, TRIPS).key("trip")))
                .hasMessageContaining("The key 'trip' is not a column");
    }

    @Test
    void driverTypesWithoutJdbcCodes_readAsNumbersListsAndText() throws Exception {
        TableModel table = TableReader.read(Table.query(
                db, "SELECT 12::HUGEINT AS big, [1, 2] AS pair, '6ecd8c99-4036-403d-bf84-cf8400f67836'::UUID AS u"));

        assertThat(table.columns()).extracting(TableColumn::type).containsExactly("number", "list", "text");
        assertThat(table.element("t").at("/rows/0").toString())
                .isEqualTo("[12,[1,2],\"6ecd8c99-4036-403d-bf84-cf8400f67836\"]");
    }

    @Test
    void aResultSet_isReadIntoMemory_upToItsCap_pastWhichTheMessageNamesTableQuery() throws Exception {
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement()) {
            ResultSet small = statement.executeQuery("SELECT * FROM trips WHERE id < 1003");
            assertThat(TableReader.read(Table.of(small)).rowCount()).isEqualTo(3);
            ResultSet large = statement.executeQuery("SELECT * FROM range(" + (JdbcValues.MAX_RESULT_ROWS + 1) + ")");
            assertThatThrownBy(() -> TableReader.read(Table.of(large)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than 100000 rows")
                    .hasMessageContaining("Table.query");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static TableCriteria view(
            TableModel table, String sort, boolean descending, String search, TableFilter... filters)
            throws ProtocolException {
        return TableCriteria.check(
                table, new Incoming.Table("slot", "table:0", 1, 0, sort, descending, search, List.of(filters), 0));
    }

    private static List<String> column(TablePage page, int column) {
        List<String> cells = new ArrayList<>();
        page.rows().forEach(row -> cells.add(row.get(column).asText()));
        return cells;
    }

    /** Every entry of a workbook as text (read from a file: its entries' sizes follow their data). */
    private static String unzipped(byte[] zip) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try (java.util.zip.ZipFile workbook =
                new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            StringBuilder text = new StringBuilder();
            for (ZipEntry entry : java.util.Collections.list(workbook.entries())) {
                text.append(new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            return text.toString();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
