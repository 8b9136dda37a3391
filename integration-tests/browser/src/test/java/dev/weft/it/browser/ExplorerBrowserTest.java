package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weather explorer in a real headless Chromium: NOAA's data from DuckDB drawn in every section;
 * a filter reruns exactly what depends on it; the day table searches on the server; a note is kept.
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
    void note_isAddedAndKeptInDuckDb(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        ExplorerPage explorer = new ExplorerPage(page).awaitLoaded();
        Locator notes = explorer.slot("notes");
        String text = "Heat dome, 32 °C " + System.nanoTime();
        notes.getByLabel("Day", new Locator.GetByLabelOptions().setExact(true)).fill("2015-06-28");
        notes.getByLabel("Note", new Locator.GetByLabelOptions().setExact(true)).fill(text);
        notes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note"))
                .click();
        assertThat(explorer.notesTable().locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text)))
                .hasCount(1);

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
