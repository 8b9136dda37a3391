package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import dev.weft.it.browser.StatusRecorder.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sales example in a real headless Chromium: a filter change reruns what depends on it, only. */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.SALES)
class SalesBrowserTest {

    /** {@code liveOrders} runs every 5 s; a run sooner than this after the previous one was not its timer. */
    private static final long TICK_TOLERANCE_MS = 4_500;

    /** Long enough for at least one 5 s tick of {@code liveOrders}, with room for a loaded machine. */
    private static final double TICK_TIMEOUT_MS = 15_000;

    @Test
    void salesFilterChange_rerunsOnlyDependentCharts(ExampleServer app, Page page) throws IOException {
        page.setViewportSize(1280, 1100);
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url("/"));
        SalesPage sales = new SalesPage(page).awaitChartsRendered().awaitAllDone();
        assertEquals(SalesPage.SLOTS, sales.slotNames(), "slots in declaration order");
        assertThat(page.locator(".weft-error")).hasCount(0);
        assertThat(sales.yearReadout()).hasText(String.valueOf(SalesPage.LAST_YEAR));

        // Change the filter right after a liveOrders tick: its next tick is then about 5 s away, so a
        // rerun of liveOrders caused by the filter could not pass for one.
        long liveGen = recorder.latestFinished("liveOrders").orElseThrow().gen();
        try {
            page.waitForCondition(
                    () -> recorder.latest("liveOrders")
                            .map(s -> s.gen() > liveGen)
                            .orElse(false),
                    new Page.WaitForConditionOptions().setTimeout(TICK_TIMEOUT_MS));
        } catch (TimeoutError e) {
            fail("liveOrders (runEvery 5s) did not run again within " + TICK_TIMEOUT_MS + " ms; "
                    + recorder.describe());
        }
        Map<String, Long> before = sales.gens();
        int mark = recorder.mark();
        sales.yearSlider().focus();
        page.keyboard().press("ArrowLeft");

        sales.awaitChartsNewerThan(before);
        String year = String.valueOf(SalesPage.LAST_YEAR - 1);
        assertThat(sales.yearReadout()).hasText(year);
        assertThat(sales.yearSlider()).hasValue(year);
        assertThat(sales.slot("revenue").locator("p.weft-text")).containsText(year);
        assertThat(sales.slot("orders").locator("p.weft-text")).containsText(year);
        assertThat(sales.slot("margin").locator(".weft-markdown")).containsText(year);
        assertThat(page.locator(".weft-error")).hasCount(0);

        List<Status> after = recorder.since(mark);
        Set<String> reran = new TreeSet<>();
        long lastLiveStart = recorder.statuses().subList(0, mark).stream()
                .filter(s -> s.slot().equals("liveOrders"))
                .mapToLong(Status::startedAt)
                .max()
                .orElseThrow();
        for (Status status : after) {
            if (!status.state().equals("running")) {
                continue;
            }
            if (status.slot().equals("liveOrders")) {
                assertTrue(
                        status.startedAt() >= lastLiveStart + TICK_TOLERANCE_MS,
                        "liveOrders reran " + (status.startedAt() - lastLiveStart)
                                + " ms after its previous run, so not by its 5 s timer but because of the filter"
                                + " change; statuses since the change: " + after);
                lastLiveStart = status.startedAt();
                continue;
            }
            assertTrue(
                    SalesPage.FILTER_DEPENDENT.contains(status.slot()),
                    status.slot() + " does not take the filters but ran after the change; statuses since: " + after);
            reran.add(status.slot());
        }
        assertEquals(
                new TreeSet<>(SalesPage.FILTER_DEPENDENT),
                reran,
                "every fragment that takes the filters (directly or through revenueByMonth) reran; statuses since: "
                        + after);
        Map<String, Long> now = sales.gens();
        for (String chart : SalesPage.CHARTS) {
            assertTrue(now.get(chart) > before.get(chart), chart + " shows a newer run: " + before + " -> " + now);
        }

        Path shot = Paths.get("target", "screenshots", "sales.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
    }
}
