package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import dev.weft.it.support.DuckDb;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import dev.weft.testing.TableView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table of a SQL query in a real embedded DuckDB, driven through the headless harness as a user
 * would: paging, sorting, searching, filtering and exporting run as SQL in the database; text from
 * the user is never SQL; a query that fails shows its error and the session goes on.
 */
class QueryTableAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Trips.class, TripsDb.class)
            .addClass(QueryTableAppTesterTest.class.getPackageName() + ".QueryTableAppTesterTest_Trips_WeftApp"));

    @Inject
    AppTester tester;

    /** An in-memory DuckDB of 1,000 trips. */
    public static final class TripsDb {

        static final DuckDb DB = trips();

        private TripsDb() {}

        private static DuckDb trips() {
            try {
                // Trip i: id 1+i, zone A-D by i % 4, fare i / 10, a day from 2024-01-01, a note.
                return new DuckDb()
                        .run("CREATE TABLE trips AS SELECT 1 + i AS id, 'zone ' || chr(65 + (i % 4)::INT)"
                                + " AS zone, i / 10 AS fare, DATE '2024-01-01' + (i % 366)::INT AS day,"
                                + " CASE WHEN i = 500 THEN 'O''Brien; DROP TABLE trips' ELSE 'note ' || i END AS note"
                                + " FROM range(1000) t(i)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @App(path = "/query-trips")
    public static class Trips {

        @Fragment
        void trips(Ui ui) {
            ui.table(Table.query(
                            TripsDb.DB, "SELECT id, zone, fare, day, note FROM trips WHERE fare >= ? ORDER BY id", 0)
                    .label("Trips")
                    .key("id")
                    .pageSize(10)
                    .search()
                    .filters()
                    .export());
        }

        @Fragment
        void shown(Ui ui) throws SQLException {
            try (Connection connection = TripsDb.DB.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet results =
                            statement.executeQuery("SELECT id, zone FROM trips WHERE id <= 5 ORDER BY id")) {
                ui.display(results);
            }
            ui.display(Table.query(TripsDb.DB, "SELECT id, note FROM trips"));
        }

        @Fragment
        void broken(Ui ui) {
            ui.table(Table.query(TripsDb.DB, "SELECT * FROM no_such_table"));
        }

        @Fragment
        void charts(Ui ui) throws SQLException {
            ui.barChart(
                    Table.query(
                            TripsDb.DB,
                            "SELECT zone, count(*) AS trips FROM trips WHERE fare >= ? GROUP BY zone ORDER BY zone",
                            50),
                    "zone",
                    "trips");
            try (Connection connection = TripsDb.DB.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet results = statement.executeQuery(
                            "SELECT day, avg(fare) AS fare FROM trips WHERE id <= 30 GROUP BY day ORDER BY day")) {
                ui.lineChart(Table.of(results), "day", "fare");
            }
        }

        @Fragment
        void brokenChart(Ui ui) {
            ui.barChart(Table.query(TripsDb.DB, "SELECT zone, trips FROM no_such_table"), "zone", "trips");
        }
    }

    @Test
    void pagesSortSearchAndFilters_runInTheDatabase_overEveryRow() {
        try (AppSession app = tester.open("/query-trips").awaitIdle()) {
            TableView table = app.slot("trips").table(0);

            assertThat(table.columns()).containsExactly("id", "zone", "fare", "day", "note");
            assertThat(table.rowCount()).isEqualTo(1000);
            assertThat(table.page(0, "fare", true).getFirst())
                    .containsExactly(1000L, "zone D", 99.9, "2024-09-24", "note 999");
            assertThat(table.page(99, null, false))
                    .hasSize(10)
                    .last()
                    .extracting(List::getFirst)
                    .isEqualTo(1000L);

            TableView zoneB = table.search("ZONE b");
            assertThat(zoneB.rowCount()).isEqualTo(250);
            TableView cheapZoneB = zoneB.filterRange("fare", 10, 20);
            // Fares 10..20 are trips 100..200 (i / 10); of those, 25 have i % 4 == 1.
            assertThat(cheapZoneB.rowCount()).isEqualTo(25);
            assertThat(cheapZoneB.page(0, "fare", false).getFirst().getFirst()).isEqualTo(102L);
            assertThat(table.filterValues("zone", List.of("zone A", "zone D"))
                            .filterContains("note", "99")
                            .rowCount())
                    .as(
                            "of notes 99, 199, ..., 899 and 990-999: i % 4 is 3 for every x99, and 0 or 3 for 5 of the 990s")
                    .isEqualTo(14);
            assertThat(table.filterRange("day", "2024-12-31", null).rowCount()).isEqualTo(2);
        }
    }

    @Test
    void display_drawsAResultSetReadIntoMemory_andAQueryKeptInTheDatabase() {
        try (AppSession app = tester.open("/query-trips").awaitIdle()) {
            TableView results = app.slot("shown").table(0);
            assertThat(results.columns()).containsExactly("id", "zone");
            assertThat(results.rows()).hasSize(5).first().isEqualTo(List.of(1L, "zone A"));
            TableView query = app.slot("shown").table(1);
            assertThat(query.rowCount()).isEqualTo(1000);
            assertThat(query.search("note 77").rowCount())
                    .as("note 77 and 770-779")
                    .isEqualTo(11);
        }
    }

    @Test
    void export_isTheWholeFilteredTable_asCsvAndXlsx() {
        try (AppSession app = tester.open("/query-trips").awaitIdle()) {
            TableView table = app.slot("trips").table(0).filterRange("fare", 99.5, null);

            String csv = new String(table.exportCsv(), StandardCharsets.UTF_8);
            assertThat(csv.lines().toList()).hasSize(6).first().isEqualTo("\uFEFFid,zone,fare,day,note");
            assertThat(csv).contains("996,zone D,99.5,2024-09-20,note 995").contains("1000,zone D,99.9,");
            byte[] xlsx = table.exportXlsx();
            assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        }
    }

    @Test
    void textFromTheUser_isOnlyEverTextToLookFor_andAColumnMustBeTheQuerys() {
        try (AppSession app = tester.open("/query-trips").awaitIdle()) {
            TableView table = app.slot("trips").table(0);

            assertThat(table.search("' OR '1'='1").rowCount()).isZero();
            assertThat(table.search("brien; drop table").rows())
                    .singleElement()
                    .extracting(List::getFirst)
                    .isEqualTo(501L);
            assertThat(table.filterContains("note", "%").rowCount())
                    .as("%% is a character, not a wildcard")
                    .isEqualTo(0);
            assertThat(table.filterValues("zone", List.of("zone A' OR 'x'='x")).rowCount())
                    .isZero();
            assertThatThrownBy(() -> table.page(0, "fare; DROP TABLE trips", false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has no column 'fare; DROP TABLE trips'");
            assertThatThrownBy(() -> table.filterRange("fare", "1 OR 1=1", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a number");
            assertThat(table.rowCount()).as("the table is untouched").isEqualTo(1000);
        }
    }

    @Test
    void charts_ofAQueryAndOfAResultSet_plotTheRowsTheDatabaseReturns() {
        try (AppSession app = tester.open("/query-trips").awaitIdle()) {
            SlotView charts = app.slot("charts");
            assertThat(charts.state()).isEqualTo("done");
            assertThat(charts.chart(0).kind()).isEqualTo("bar");
            assertThat(charts.chart(0).series()).containsExactly("trips");
            assertThat(charts.chart(0).points()).as("one bar per zone").isEqualTo(4);
            assertThat(charts.chart(1).kind()).isEqualTo("line");
            assertThat(charts.chart(1).points())
                    .as("trips 1-30 fall on 30 days")
                    .isEqualTo(30);

            SlotView broken = app.slot("brokenChart");
            assertThat(broken.state()).isEqualTo("failed");
            assertThat(String.join("\n", broken.texts()))
                    .contains("The chart's query failed")
                    .contains("no_such_table");
            assertThat(app.slot("trips").state()).isEqualTo("done");
        }
    }

    @Test
    void aFailingQuery_showsTheDatabasesError_andTheSessionGoesOn() throws Exception {
        try (AppSession app = tester.open("/query-trips").awaitIdle()) {
            SlotView broken = app.slot("broken");
            assertThat(broken.state()).isEqualTo("failed");
            assertThat(String.join("\n", broken.texts()))
                    .contains("The query failed")
                    .contains("no_such_table");
            assertThat(app.slot("trips").state()).isEqualTo("done");

            TableView table = app.slot("trips").table(0);
            TripsDb.DB.run("ALTER TABLE trips RENAME TO trips_away");
            try {
                assertThatThrownBy(() -> table.page(1, "zone", false))
                        .as("a page asked for after the table went away shows the error")
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("The query failed");
            } finally {
                TripsDb.DB.run("ALTER TABLE trips_away RENAME TO trips");
            }
            assertThat(table.page(1, "zone", false)).hasSize(10);
        }
    }
}
