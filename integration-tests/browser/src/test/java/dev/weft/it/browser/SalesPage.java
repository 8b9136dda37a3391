package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sales example's page ({@code examples/sales}) as the browser client draws it. */
final class SalesPage {

    /** The fragments in declaration order. */
    static final List<String> SLOTS =
            List.of("filters", "intro", "revenueByMonth", "revenue", "orders", "margin", "liveOrders");

    /** The fragments that take the filters, directly or through revenueByMonth, the filters included. */
    static final List<String> FILTER_DEPENDENT = List.of("filters", "revenueByMonth", "revenue", "orders", "margin");

    /** The sections that draw a chart; each depends on the filters. */
    static final List<String> CHARTS = List.of("revenue", "orders", "margin");

    /** The Year slider's range, as {@code SalesDashboard#filters} draws it. */
    static final int FIRST_YEAR = 2018;

    static final int LAST_YEAR = 2025;

    static final double TIMEOUT_MS = 30_000;

    static final String YEAR_SLIDER = "#weft section.weft-slot[data-slot=\"filters\"] input[type=range]";

    /**
     * In the page: resolves with {@code performance.now()} at the first DOM change after which every
     * chart section in {@code names} shows content newer than {@code gens[name]}, is done, and has
     * its chart drawn by ECharts. Rejects after {@code timeout} ms.
     */
    static final String CHARTS_NEWER_THAN_JS = """
            ([names, gens, timeout]) => new Promise((resolve, reject) => {
              const slot = (n) => document.querySelector('#weft section.weft-slot[data-slot="' + n + '"]');
              const ready = () => names.every((n) => {
                const s = slot(n);
                return s && Number(s.dataset.gen) > gens[n] && s.dataset.state === 'done'
                    && s.querySelector('.weft-chart[data-rendered="true"]') !== null;
              });
              if (ready()) return resolve(performance.now());
              const timer = setTimeout(() => { observer.disconnect(); reject(new Error('charts not redrawn: '
                  + JSON.stringify(window.weft.state.slots))); }, timeout);
              const observer = new MutationObserver(() => {
                if (ready()) { const at = performance.now(); observer.disconnect(); clearTimeout(timer); resolve(at); }
              });
              observer.observe(document.querySelector('#weft'),
                  { attributes: true, childList: true, subtree: true, characterData: true });
            })
            """;

    private final Page page;

    SalesPage(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    /** Waits until the three chart sections' charts have been drawn by ECharts. */
    SalesPage awaitChartsRendered() {
        PlaywrightAssertions.assertThat(page.locator(DashboardPage.RENDERED_CHART))
                .hasCount(CHARTS.size(), new LocatorAssertions.HasCountOptions().setTimeout(TIMEOUT_MS));
        return this;
    }

    /** Waits until every slot shows content and is done. */
    SalesPage awaitAllDone() {
        page.waitForFunction(
                "names => names.every(n => { const s = document.querySelector("
                        + "'#weft section.weft-slot[data-slot=\"' + n + '\"]'); return s && s.dataset.state === 'done'; })",
                SLOTS,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        return this;
    }

    /** The slot of fragment {@code name}. */
    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    /** The fragment names of the slots, in page order. */
    @SuppressWarnings("unchecked")
    List<String> slotNames() {
        return (List<String>)
                page.locator("#weft section.weft-slot").evaluateAll("els => els.map(e => e.dataset.slot)");
    }

    /** Each slot's {@code data-gen} (0 for a placeholder), read in one go so that they describe one moment. */
    @SuppressWarnings("unchecked")
    Map<String, Long> gens() {
        Map<String, Object> raw = (Map<String, Object>) page.evaluate(
                "names => Object.fromEntries(names.map(n => {"
                        + " const s = document.querySelector('#weft section.weft-slot[data-slot=\"' + n + '\"]');"
                        + " return [n, s && s.dataset.gen ? Number(s.dataset.gen) : 0]; }))",
                SLOTS);
        Map<String, Long> gens = new LinkedHashMap<>();
        SLOTS.forEach(name -> gens.put(name, ((Number) raw.get(name)).longValue()));
        return gens;
    }

    /** The Year slider. */
    Locator yearSlider() {
        return page.locator(YEAR_SLIDER);
    }

    /** The number the Year slider shows next to its label. */
    Locator yearReadout() {
        return slot("filters").locator(".weft-slider-value");
    }

    /** Waits until the chart sections show content newer than {@code gens} and their charts are drawn. */
    void awaitChartsNewerThan(Map<String, Long> gens) {
        page.evaluate(CHARTS_NEWER_THAN_JS, List.of(CHARTS, forPage(gens), TIMEOUT_MS));
    }

    /** Playwright passes no {@code Long} to the page: generations go as doubles. */
    static Map<String, Double> forPage(Map<String, Long> gens) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        gens.forEach((name, gen) -> numbers.put(name, gen.doubleValue()));
        return numbers;
    }
}
