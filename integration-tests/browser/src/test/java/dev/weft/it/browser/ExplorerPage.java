package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.weft.it.browser.StatusRecorder.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The weather explorer's page ({@code examples/explorer}) as the browser client draws it. */
final class ExplorerPage {

    /** The fragments in declaration order. */
    static final List<String> SLOTS =
            List.of("filters", "intro", "days", "summary", "overview", "dayTable", "detail", "monthly", "notes");

    /** Every fragment that takes the filters, directly or through the days, the filters included. */
    static final Set<String> FILTER_DEPENDENT =
            Set.of("filters", "days", "summary", "overview", "dayTable", "detail", "monthly");

    /** The charts drawn before any selection: the overview and the two monthly charts. */
    static final int CHARTS = 3;

    private final Page page;

    ExplorerPage(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    /** Waits until every slot is done and the charts are drawn by ECharts. */
    ExplorerPage awaitLoaded() {
        Slots.awaitDone(page, SLOTS);
        assertThat(page.locator(DashboardPage.RENDERED_CHART))
                .hasCount(CHARTS, new LocatorAssertions.HasCountOptions().setTimeout(Slots.TIMEOUT_MS));
        return this;
    }

    /** The slot of fragment {@code name}. */
    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    /** The value of the metric labelled {@code label} in slot {@code slot}. */
    Locator metric(String slot, String label) {
        return slot(slot)
                .locator(".weft-metric")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".weft-metric-label", new Page.LocatorOptions().setHasText(label))))
                .locator(".weft-metric-value");
    }

    /** The days table. */
    Locator dayTable() {
        return slot("dayTable").locator(".weft-table");
    }

    /** The notes table. */
    Locator notesTable() {
        return slot("notes").locator(".weft-table");
    }

    /** The fragments that started a run in {@code statuses}. */
    static Set<String> ran(List<Status> statuses) {
        Set<String> ran = new TreeSet<>();
        statuses.stream().filter(s -> s.state().equals("running")).forEach(s -> ran.add(s.slot()));
        return ran;
    }

    /**
     * Saves a full-page screenshot as {@code target/screenshots/<name>.png}, and beside the worktree's
     * other helpers' shots when {@code weft.shots} names a folder.
     */
    void screenshot(String name) {
        Path shot = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        String shots = System.getProperty("weft.shots", "");
        if (!shots.isBlank()) {
            try {
                Files.createDirectories(Paths.get(shots));
                Files.copy(shot, Paths.get(shots, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
