package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.KeyboardModifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weather explorer in a real headless Chromium: NOAA's data from DuckDB drawn in every section;
 * a filter reruns exactly what depends on it; the day table searches on the server and downloads
 * every row it finds; a note is kept.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.EXPLORER)
class ExplorerBrowserTest {

    @Test
    void page_drawsTheDataSet_andAFilterRerunsExactlyItsDependents(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url("/"));
        ExplorerPage explorer = new ExplorerPage(page).awaitLoaded();
        assertThat(page.locator(".weft-error")).hasCount(0);
        assertThat(explorer.metric("summary", "Days")).hasText("1,461");
        assertThat(explorer.metric("summary", "Mean high")).hasText("16.4 °C");
        assertThat(explorer.metric("summary", "Precipitation")).hasText("4,426 mm");
        Locator days = explorer.dayTable();
        assertThat(days.locator("tbody tr")).hasCount(10);
        assertThat(days.locator(".weft-table-count")).hasText("1–10 of 1,461 rows");
        assertThat(days.locator("tbody tr").first()).containsText("drizzle");
        assertThat(explorer.slot("detail").locator(".weft-callout-info")).containsText("Select one or more days");
        explorer.screenshot("explorer");

        int mark = recorder.mark();
        explorer.slot("filters").getByLabel("New York").check();
        assertThat(explorer.metric("summary", "Strongest wind")).hasText("16.2 m/s");
        Slots.awaitDone(page, ExplorerPage.SLOTS);
        assertThat(days.locator(".weft-table-count")).hasText("1–10 of 1,461 rows");
        assertThat(explorer.metric("summary", "Mean high")).hasText("17.1 °C");
        assertThat(page.locator(DashboardPage.RENDERED_CHART)).hasCount(ExplorerPage.CHARTS);
        assertEquals(
                ExplorerPage.FILTER_DEPENDENT,
                ExplorerPage.ran(recorder.since(mark)),
                "the place reran every section that takes the filters, and nothing else (not intro, not notes): "
                        + recorder.since(mark));
        assertThat(page.locator(".weft-error")).hasCount(0);
    }

    /** In the page: the pixel of category position {@code x} at value {@code y} in a slot's chart. */
    private static final String PIXEL = """
            async ([slot, x, y]) => {
              const echarts = await import('echarts');
              const div = document.querySelector(`section.weft-slot[data-slot="${slot}"] .weft-chart`);
              const [px, py] = echarts.getInstanceByDom(div).convertToPixel({ seriesIndex: 0 }, [x, y]);
              const box = div.getBoundingClientRect();
              return [box.left + px, box.top + py];
            }""";

    @Test
    void brushAndRowSelection_eachRerunExactlyTheirDependents(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1300);
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url("/"));
        ExplorerPage explorer = new ExplorerPage(page).awaitLoaded();
        Locator days = explorer.dayTable();

        // Brush July 2012: days 182 to 212 of Seattle's 1,461 (2012 is a leap year).
        long tableGen = Slots.gen(page, "dayTable");
        int mark = recorder.mark();
        double[] from = pixel(page, 181.5);
        double[] to = pixel(page, 212.5);
        double y = explorer.slot("overview").locator(".weft-chart").boundingBox().y + 150;
        page.mouse().move(from[0], y);
        page.mouse().down();
        page.mouse().move((from[0] + to[0]) / 2, y, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to[0], y, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        Slots.awaitDoneAfter(page, "dayTable", tableGen);
        // The brushed range is about July (the mouse lies between categories): the table holds exactly
        // the days of the range its caption names.
        Locator caption = explorer.slot("dayTable").locator(".weft-caption");
        assertThat(caption).containsText("as brushed in the chart above");
        Matcher range = Pattern.compile("From (\\S+) to (\\S+), as brushed").matcher(caption.textContent());
        assertTrue(range.find(), caption.textContent());
        LocalDate first = LocalDate.parse(range.group(1));
        LocalDate last = LocalDate.parse(range.group(2));
        assertTrue(Math.abs(ChronoUnit.DAYS.between(LocalDate.of(2012, 7, 1), first)) <= 1, "from " + first);
        assertTrue(Math.abs(ChronoUnit.DAYS.between(LocalDate.of(2012, 7, 31), last)) <= 1, "to " + last);
        long count = ChronoUnit.DAYS.between(first, last) + 1;
        assertThat(days.locator(".weft-table-count")).hasText("1–10 of " + count + " rows");
        assertEquals(
                Set.of("overview", "dayTable"),
                ExplorerPage.ran(recorder.since(mark)),
                "the brush reran the chart's fragment and the table that takes the range, nothing else: "
                        + recorder.since(mark));

        // A click selects a day; Ctrl-click adds one: the detail section follows, and nothing else reruns.
        long detailGen = Slots.gen(page, "detail");
        mark = recorder.mark();
        row(days, "Seattle 2012-07-04").locator("td").nth(2).click();
        Slots.awaitDoneAfter(page, "detail", detailGen);
        assertThat(explorer.metric("detail", "Days selected")).hasText("1");
        assertThat(explorer.metric("detail", "Mean high")).hasText("20.6 °C");
        detailGen = Slots.gen(page, "detail");
        row(days, "Seattle 2012-07-05")
                .locator("td")
                .nth(2)
                .click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.CONTROL)));
        Slots.awaitDoneAfter(page, "detail", detailGen);
        assertThat(explorer.metric("detail", "Days selected")).hasText("2");
        assertThat(explorer.metric("detail", "Mean high")).hasText("22.5 °C");
        assertThat(explorer.slot("detail").locator(DashboardPage.RENDERED_CHART))
                .hasCount(1);
        assertThat(days.locator("tbody tr[aria-selected=true]")).hasCount(2);
        assertEquals(
                Set.of("dayTable", "detail"),
                ExplorerPage.ran(recorder.since(mark)),
                "a selection reruns the table's fragment and the detail that takes it, nothing else: "
                        + recorder.since(mark));
        assertThat(page.locator(".weft-error, .weft-widget-error")).hasCount(0);
        explorer.screenshot("explorer-selected");
    }

    private static double[] pixel(Page page, double position) {
        List<?> xy = (List<?>) page.evaluate(PIXEL, java.util.Arrays.asList("overview", position, 0.0));
        return new double[] {((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()};
    }

    private static Locator row(Locator table, String key) {
        return table.locator("tbody tr[data-key='\"" + key + "\"']");
    }

    @Test
    void dayTable_searchesEveryDayOnTheServer(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        ExplorerPage explorer = new ExplorerPage(page).awaitLoaded();
        Locator days = explorer.dayTable();
        days.locator("input.weft-table-search").fill("snow");
        assertThat(days.locator(".weft-table-count")).hasText("26 of 1,461 rows");
        List<String> rows = days.locator("tbody tr").allTextContents();
        assertTrue(rows.stream().allMatch(row -> row.contains("snow")), "only snowy days: " + rows);
        explorer.screenshot("explorer-search");
    }

    @Test
    void dayTable_downloadsTheWholeSearchedTable_asCsvAndExcel(ExampleServer app, Page page) throws IOException {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        ExplorerPage explorer = new ExplorerPage(page).awaitLoaded();
        Locator days = explorer.dayTable();
        days.locator("input.weft-table-search").fill("snow");
        assertThat(days.locator(".weft-table-count")).hasText("26 of 1,461 rows");

        Download csv = page.waitForDownload(
                () -> days.locator("button.weft-table-export[data-format=csv]").click());
        assertTrue(csv.suggestedFilename().endsWith(".csv"), csv.suggestedFilename());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertEquals(1 + 26, lines.size(), "a header and every snowy day, not only the first page: " + lines);
        assertTrue(lines.getFirst().toLowerCase(Locale.ROOT).contains("date"), lines.getFirst());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains("snow")), "only snowy days: " + lines);

        Download xlsx = page.waitForDownload(
                () -> days.locator("button.weft-table-export[data-format=xlsx]").click());
        assertTrue(xlsx.suggestedFilename().endsWith(".xlsx"), xlsx.suggestedFilename());
        byte[] workbook = Files.readAllBytes(xlsx.path());
        assertEquals("PK", new String(workbook, 0, 2, StandardCharsets.US_ASCII), "an Excel workbook is a zip");
    }

    @Test
    void notesEditor_addsANote_savesItInDuckDb_andAnotherTabSeesIt(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        ExplorerPage explorer = new ExplorerPage(page).awaitLoaded();
        Locator notes = explorer.notesTable();
        String text = "Heat dome, 32 °C " + System.nanoTime();

        long gen = Slots.gen(page, "notes");
        notes.locator("button.weft-edit-add").click();
        Slots.awaitDoneAfter(page, "notes", gen);
        Locator cell = notes.locator("tbody tr[data-added=true] td[data-column=Note]");
        gen = Slots.gen(page, "notes");
        cell.dblclick();
        cell.locator("input.weft-edit-input").fill(text);
        cell.locator("input.weft-edit-input").press("Enter");
        Slots.awaitDoneAfter(page, "notes", gen);
        assertThat(explorer.slot("notes")).containsText("1 unsaved change.");

        gen = Slots.gen(page, "notes");
        explorer.slot("notes")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save notes"))
                .click();
        Slots.awaitDoneAfter(page, "notes", gen);
        assertThat(page.locator(".weft-toast").filter(new Locator.FilterOptions().setHasText("Saved 1 change.")))
                .hasCount(1);
        explorer.screenshot("explorer-notes");

        Page other = page.context().browser().newPage();
        try {
            other.navigate(app.url("/"));
            ExplorerPage second = new ExplorerPage(other).awaitLoaded();
            assertThat(second.notesTable().locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text)))
                    .hasCount(1);
        } finally {
            other.close();
        }
    }
}
