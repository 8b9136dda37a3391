package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.weft.it.browser.StatusRecorder.Run;
import dev.weft.it.browser.StatusRecorder.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The example dashboard in a real headless Chromium, as a user sees it. */
@ExtendWith(WeftBrowserExtension.class)
class DashboardBrowserTest {

    /** Status messages precede the slot contents that draw the charts: they are there already. */
    private static final double STATUS_TIMEOUT_MS = 5_000;

    @Test
    void parallelPage_showsThreeChartsInDeclarationOrder(ExampleServer app, Page page) throws IOException {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        DashboardPage dashboard = new DashboardPage(page).awaitChartsRendered();

        assertEquals(DashboardPage.SLOTS, dashboard.slotNames(), "slots in declaration order");
        assertThat(page.locator("#weft h1").first()).hasText("Parallel Fragments");
        assertThat(dashboard.slot("revenue").locator("h2")).hasText("Revenue");
        assertThat(dashboard.slot("orders").locator("h2")).hasText("Orders");
        assertThat(dashboard.slot("visitors").locator("h2")).hasText("Visitors");
        for (String section : DashboardPage.SECTIONS) {
            assertThat(dashboard.slot(section).locator(DashboardPage.RENDERED_CHART))
                    .hasCount(1);
        }
        assertEquals(List.of("done", "done", "done", "done"), dashboard.slotStates(), "every slot done, none failed");
        assertThat(page.locator(".weft-error")).hasCount(0);
        // The charts the page drew off screen while it waited (to warm ECharts' code) are gone.
        assertEquals(
                page.locator("#weft .weft-chart canvas").count(),
                page.locator("canvas").count(),
                "every canvas on the page belongs to one of its charts");
        assertThat(page.locator("body > div[aria-hidden='true']")).hasCount(0);

        Path shot = Paths.get("target", "screenshots", "dashboard.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
    }

    @Test
    void parallelPage_placeholdersUntilFirstRun(ExampleServer app, Page page) {
        // The sections' content is held back until the page has been looked at: on a loaded machine
        // the page may take longer to load than the sections' 2 s runs.
        HeldBack held = HeldBack.finalContentOf(page, DashboardPage.SECTIONS.toArray(String[]::new));
        page.navigate(app.url("/"));
        DashboardPage dashboard = new DashboardPage(page);
        dashboard
                .slot("visitors")
                .waitFor(new Locator.WaitForOptions()
                        .setState(WaitForSelectorState.ATTACHED)
                        .setTimeout(DashboardPage.LOAD_TIMEOUT_MS));

        // The sections each need 2 s before their first run ends: until then they are placeholders.
        List<String> early = dashboard.statesOf(DashboardPage.SECTIONS);
        for (int i = 0; i < early.size(); i++) {
            assertTrue(
                    Set.of("placeholder", "running").contains(early.get(i)),
                    DashboardPage.SECTIONS.get(i) + " right after load should be a placeholder or running, was "
                            + early.get(i));
        }
        assertThat(page.locator(DashboardPage.RENDERED_CHART)).hasCount(0);

        held.release();
        dashboard.awaitChartsRendered();
        assertEquals(List.of("done", "done", "done"), dashboard.statesOf(DashboardPage.SECTIONS));
    }

    @Test
    void parallelSections_overlap(ExampleServer app, Page page) {
        List<Run> runs = loadAndTime(app, page, "/");
        assertTrue(runs.get(0).overlaps(runs.get(1)), "revenue and orders ran at the same time: " + runs);
        assertTrue(runs.get(1).overlaps(runs.get(2)), "orders and visitors ran at the same time: " + runs);
        assertTrue(runs.get(0).overlaps(runs.get(2)), "revenue and visitors ran at the same time: " + runs);
        long lastStart = runs.stream().mapToLong(Run::startedAt).max().orElseThrow();
        long firstEnd = runs.stream().mapToLong(Run::endedAt).min().orElseThrow();
        assertTrue(lastStart < firstEnd, "all three sections were running at one moment: " + runs);
    }

    @Test
    void sequentialSections_doNotOverlapAndRunInDeclarationOrder(ExampleServer app, Page page) {
        List<Run> runs = loadAndTime(app, page, "/sequential");
        assertThat(page.locator("#weft h1").first()).hasText("Sequential Fragments");
        for (int i = 1; i < runs.size(); i++) {
            Run before = runs.get(i - 1);
            Run after = runs.get(i);
            assertFalse(before.overlaps(after), before.slot() + " and " + after.slot() + " overlap: " + runs);
            assertTrue(
                    before.endedAt() <= after.startedAt(),
                    before.slot() + " ended before " + after.slot() + " started: " + runs);
        }
    }

    @Test
    void reload_resumesSession(ExampleServer app, Page page) {
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url("/"));
        DashboardPage dashboard = new DashboardPage(page).awaitChartsRendered();
        assertEquals(List.of("1", "1", "1", "1"), dashboard.slotGens(), "first load is generation 1");

        int mark = recorder.mark();
        page.reload();
        dashboard.awaitChartsRendered();

        assertEquals(List.of("done", "done", "done", "done"), dashboard.slotStates());
        assertEquals(List.of("1", "1", "1", "1"), dashboard.slotGens(), "resumed without rerunning");
        List<Status> afterReload = recorder.since(mark);
        assertTrue(
                afterReload.stream().noneMatch(s -> s.state().equals("running") || s.gen() > 1),
                "no fragment ran again after the reload; " + afterReload);
    }

    /**
     * Opens {@code path}, waits for its charts, and returns the three sections' first runs in
     * declaration order, with the server's start and end times from the {@code status} messages.
     */
    private static List<Run> loadAndTime(ExampleServer app, Page page, String path) {
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url(path));
        new DashboardPage(page).awaitChartsRendered();
        // The charts are drawn from the slot messages, which follow the done statuses; wait anyway.
        try {
            page.waitForCondition(
                    () -> DashboardPage.SECTIONS.stream()
                            .allMatch(s -> recorder.finishedRun(s, 1).isPresent()),
                    new Page.WaitForConditionOptions().setTimeout(STATUS_TIMEOUT_MS));
        } catch (TimeoutError e) {
            throw new AssertionError("The charts are drawn, but no finished status message (gen 1) arrived over the"
                    + " WebSocket for every section within " + STATUS_TIMEOUT_MS + " ms; " + recorder.describe());
        }
        List<Run> runs = new ArrayList<>();
        for (String section : DashboardPage.SECTIONS) {
            Run run = recorder.finishedRun(section, 1).orElseThrow();
            assertTrue(
                    run.startedAt() > 0 && run.endedAt() >= run.startedAt(),
                    section + " status carries startedAt and endedAt; " + recorder.describe());
            runs.add(run);
        }
        return runs;
    }
}
