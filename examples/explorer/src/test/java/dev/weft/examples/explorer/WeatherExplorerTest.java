package dev.weft.examples.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.Range;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import dev.weft.testing.TableView;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The weather explorer in the headless harness, over the real data set loaded into DuckDB. */
@QuarkusTest
class WeatherExplorerTest {

    @Inject
    AppTester tester;

    @Test
    void firstLoad_showsTheDataSetFromDuckDb() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            Map<String, String> figures = metrics(app.slot("summary"));
            assertEquals("1,461", figures.get("Days"), "four years of Seattle's days, 2012 a leap year");
            assertEquals("16.4 °C", figures.get("Mean high"));
            assertEquals("4,426 mm", figures.get("Precipitation"));

            assertEquals(1461, app.slot("overview").chart(0).points());

            TableView days = app.slot("dayTable").table(0);
            assertEquals(1461, days.rowCount(), "the day table's query counts in DuckDB");
            assertEquals(
                    List.of("Seattle 2012-01-01", "2012-01-01", "drizzle", "12.8", "5.0", "0.0", "4.7"),
                    cells(days, days.rows().get(0), "key", "date", "weather", "high", "low", "precipitation", "wind"));

            assertTrue(
                    app.slot("detail").texts().contains("Select one or more days in the table to compare them here."));
            assertEquals(2, app.slot("monthly").elements("bar_chart").size());
            assertTrue(app.slot("notes").table(0).rowCount() >= 3, "the notes seeded in DuckDB");
        }
    }

    @Test
    void placeAndYears_rerunOnlyWhatDependsOnTheFilters() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("filters").widget("Place").set("New York");
            app.awaitIdle();
            app.slot("filters").widget("Years").set(new Range<>(2012, 2012));
            app.awaitIdle();

            Map<String, String> figures = metrics(app.slot("summary"));
            assertEquals("366", figures.get("Days"));
            assertEquals("17.9 °C", figures.get("Mean high"));
            assertEquals("16.2 m/s", figures.get("Strongest wind"));
            assertTrue(
                    app.slot("summary").texts().stream().anyMatch(text -> text.contains("hardest on 2012-10-29")),
                    "Hurricane Sandy");
            TableView days = app.slot("dayTable").table(0);
            assertEquals(366, days.rowCount());
            assertTrue(days.rows().stream()
                    .allMatch(row -> cells(days, row, "date").get(0).startsWith("2012-")));
            assertEquals(Map.of("2012", 12), barSeriesLengths(app.slot("monthly")));

            for (String section : List.of("filters", "days", "summary", "overview", "dayTable", "monthly", "detail")) {
                assertEquals(3, app.slot(section).runs(), section + " takes the filters: first load and two changes");
            }
            assertEquals(1, app.slot("intro").runs(), "no inputs");
            assertEquals(1, app.slot("notes").runs(), "the notes do not take the filters");
            assertThrows(
                    IllegalArgumentException.class,
                    () -> app.slot("filters").widget("Place").set("Paris"));
        }
    }

    @Test
    void weatherKinds_narrowEverySection() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("filters").widget("Years").set(new Range<>(2014, 2014));
            app.slot("filters").widget("Weather").set(List.of("snow"));
            app.awaitIdle();

            assertEquals("2", metrics(app.slot("summary")).get("Days"));
            TableView days = app.slot("dayTable").table(0);
            assertEquals(2, days.rowCount());
            assertTrue(days.rows().stream()
                    .allMatch(row -> cells(days, row, "weather").equals(List.of("snow"))));
            List<Map<String, Object>> kinds = app.slot("monthly").elements("bar_chart");
            assertEquals(List.of("snow"), kinds.get(1).get("x"));
        }
    }

    @Test
    void brushedRange_narrowsTheTable_andSelectedDays_driveOnlyTheDetail() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("overview").chart(0).brushX(LocalDate.of(2012, 7, 1), LocalDate.of(2012, 7, 31));
            app.awaitIdle();
            TableView days = app.slot("dayTable").table(0);
            assertEquals(31, days.rowCount(), "July 2012 in Seattle");
            assertEquals(2, app.slot("dayTable").runs(), "the table takes the brushed range");
            assertEquals(1, app.slot("summary").runs(), "the figures do not take the range");
            assertEquals(1, app.slot("detail").runs(), "still nothing selected: an equal value stops there");

            days.selectRows("Seattle 2012-07-04", "Seattle 2012-07-05");
            app.awaitIdle();
            Map<String, String> figures = metrics(app.slot("detail"));
            assertEquals("2", figures.get("Days selected"));
            assertEquals("22.5 °C", figures.get("Mean high"), "(20.6 + 24.4) / 2");
            assertEquals(
                    List.of("High °C", "Low °C"), app.slot("detail").chart(0).series());
            assertEquals(2, app.slot("detail").runs());
            assertEquals(3, app.slot("dayTable").runs(), "the table's own fragment reruns on its selection");
            for (String section : List.of("filters", "days", "summary", "overview", "monthly", "notes")) {
                assertEquals(
                        section.equals("overview") ? 2 : 1, app.slot(section).runs(), section + " does not rerun");
            }
            assertThrows(
                    IllegalArgumentException.class,
                    () -> days.selectRows("Seattle 2013-01-01"),
                    "a day outside the brushed range is not a row of the table");
        }
    }

    @Test
    void tableSearch_findsDaysAcrossEveryPage() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            TableView snow = app.slot("dayTable").table(0).search("snow");
            assertEquals(26, snow.rowCount(), "Seattle's snowy days, 2012–2015");
            String csv = new String(snow.exportCsv(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(csv.lines().count() >= 27, "a header and every snowy day: " + csv);
        }
    }

    @Test
    void notesEditor_savesAddedNotesInDuckDb_refusesAnUnknownPlace_andEveryNewSessionSeesThem() {
        String text = "Heat wave test note " + System.nanoTime();
        try (AppSession app = tester.open("/").awaitIdle()) {
            TableView notes = app.slot("notes").table(0);
            int before = notes.rowCount();
            notes.addRow(Map.of("Day", "2015-06-28", "Place", "Seattle", "Note", text, "Tag", "heat"));
            app.awaitIdle();
            assertTrue(app.slot("notes").texts().contains("1 unsaved change."));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> app.slot("notes").table(0).edit(1L, "Place", "Paris"),
                    "a place that is not a choice is refused");
            app.slot("notes").widget("Save notes").click();
            app.awaitIdle();
            assertEquals(List.of("Saved 1 change."), app.slot("notes").toasts());
            assertTrue(app.slot("notes").texts().contains("Saved to DuckDB."), "no longer \"1 unsaved change.\"");
            app.slot("notes").widget("Save notes").click(); // reads the notes again: the editor starts afresh
            app.awaitIdle();

            TableView table = app.slot("notes").table(0);
            assertEquals(before + 1, table.rowCount());
            assertTrue(table.rows().stream().anyMatch(row -> row.contains(text) && row.contains("heat")));
        }
        try (AppSession other = tester.open("/").awaitIdle()) {
            assertTrue(other.slot("notes").table(0).rows().stream().anyMatch(row -> row.contains(text)));
        }
    }

    private static Map<String, String> metrics(SlotView slot) {
        return slot.elements("metric").stream()
                .collect(Collectors.toMap(m -> (String) m.get("label"), m -> (String) m.get("value")));
    }

    /** The cells of {@code row} in the columns named, as text. */
    private static List<String> cells(TableView table, List<Object> row, String... columns) {
        return java.util.Arrays.stream(columns)
                .map(column -> String.valueOf(row.get(table.columns().indexOf(column))))
                .toList();
    }

    private static Map<String, Integer> barSeriesLengths(SlotView slot) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series =
                (List<Map<String, Object>>) slot.elements("bar_chart").get(0).get("series");
        return series.stream()
                .collect(Collectors.toMap(s -> (String) s.get("name"), s -> ((List<?>) s.get("data")).size()));
    }
}
