package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;

/** The example dashboard's page as the browser client draws it (the DOM contract of the client). */
final class DashboardPage {

    /** The fragments of both apps, in declaration order. */
    static final List<String> SLOTS = List.of("intro", "revenue", "orders", "visitors");

    /** The three slow sections, in declaration order. */
    static final List<String> SECTIONS = List.of("revenue", "orders", "visitors");

    /** Generous: the sequential page needs about 6 s, and a loaded 2-core CI machine more. */
    static final double LOAD_TIMEOUT_MS = 30_000;

    static final String RENDERED_CHART = ".weft-chart[data-rendered=\"true\"]";

    private final Page page;

    DashboardPage(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    /** Waits until the three sections' charts have been drawn by ECharts. */
    DashboardPage awaitChartsRendered() {
        PlaywrightAssertions.assertThat(page.locator(RENDERED_CHART))
                .hasCount(SECTIONS.size(), new LocatorAssertions.HasCountOptions().setTimeout(LOAD_TIMEOUT_MS));
        return this;
    }

    /** All slots on the page. */
    Locator slots() {
        return page.locator("#weft section.weft-slot");
    }

    /** The slot of fragment {@code name}. */
    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    /** The fragment names of the slots, in page order. */
    @SuppressWarnings("unchecked")
    List<String> slotNames() {
        return (List<String>) slots().evaluateAll("els => els.map(e => e.dataset.slot)");
    }

    /** The slots' {@code data-state} values, in page order. */
    @SuppressWarnings("unchecked")
    List<String> slotStates() {
        return (List<String>) slots().evaluateAll("els => els.map(e => e.dataset.state)");
    }

    /** The slots' {@code data-gen} values, in page order. */
    @SuppressWarnings("unchecked")
    List<String> slotGens() {
        return (List<String>) slots().evaluateAll("els => els.map(e => e.dataset.gen)");
    }

    /**
     * The {@code data-state} of the given slots read in one go in the page, so that they describe
     * one moment.
     */
    @SuppressWarnings("unchecked")
    List<String> statesOf(List<String> names) {
        return (List<String>) page.evaluate(
                "names => names.map(n => {"
                        + " const s = document.querySelector('#weft section.weft-slot[data-slot=\"' + n + '\"]');"
                        + " return s ? s.dataset.state : 'absent'; })",
                names);
    }
}
