package dev.weft.it.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The weather explorer ({@code examples/explorer}) in headless Chromium: the time from a user's
 * action until every section that depends on it is redrawn, p50/p99 over {@code
 * -Dweft.bench.changes=N} actions (default 40 here), after 3 warm-up actions.
 *
 * <ul>
 *   <li><b>place</b>: a click on the other place in the sidebar until the summary shows that place's
 *       figures and every section taking the filters (summary, overview, day table, detail, monthly)
 *       is done with a newer run and its charts drawn;
 *   <li><b>row selection</b>: a click on a day in the table until the detail section shows that day
 *       (its metrics and chart) — only where the table selects (table selection merged).
 * </ul>
 *
 * <p>With {@code -Dweft.bench.streamlit=/path/to/streamlit}, the Streamlit twin
 * ({@code examples/explorer/streamlit/explorer.py}) is measured the same way: the click on the
 * radio until the metric shows the new place's figure and no element is stale and the script has
 * stopped; the click on a row's selection box in {@code st.dataframe} (a canvas) until "Days
 * selected" shows. Writes {@code target/benchmark-explorer.txt}. A measurement, not a test.
 */
public final class ExplorerSelectionBenchmark {

    private static final double TIMEOUT_MS = 30_000;

    /** Wind figures the summary shows per place, all years and kinds (from the data set). */
    private static final Map<String, String> WIND = Map.of("Seattle", "9.5 m/s", "New York", "16.2 m/s");

    /** Resolves at the first DOM change after which {@code ready()} holds: the time it held, in ms. */
    private static final String WAIT_JS = """
            ([ready, timeout]) => new Promise((resolve, reject) => {
              const check = new Function('return (' + ready + ')()');
              if (check()) return resolve(performance.now());
              const timer = setTimeout(() => { observer.disconnect(); reject(new Error('not redrawn: ' + ready)); }, timeout);
              const observer = new MutationObserver(() => {
                if (check()) { const at = performance.now(); observer.disconnect(); clearTimeout(timer); resolve(at); }
              });
              observer.observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
            })
            """;

    @Test
    void explorer_actionToDependentsRedrawn() throws Exception {
        int changes = Integer.getInteger("weft.bench.changes", 40);
        StringBuilder report = new StringBuilder(
                        "Weather explorer, headless Chromium, action -> dependents redrawn, ms\n")
                .append(String.format(
                        Locale.ROOT, "%-44s %7s %8s %8s %8s %8s%n", "", "actions", "p50", "p99", "min", "max"));
        try (ExampleServer app = ExampleServer.start(Example.EXPLORER);
                Chromium chromium = Chromium.launch()) {
            measureAll(app, chromium, changes, report);
        } finally {
            System.out.println(report);
            Path out = Paths.get("target", "benchmark-explorer.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    private static void measureAll(ExampleServer app, Chromium chromium, int changes, StringBuilder report)
            throws Exception {
        {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                page.setViewportSize(1280, 1000);
                page.navigate(app.url("/"));
                new ExplorerPage(page).awaitLoaded();
                report.append(line("Weft: place (sidebar radio)", weftPlace(page, changes)));
                Locator table = Slots.slot(page, "dayTable").locator(".weft-table");
                String selectable = table.getAttribute("data-selectable"); // set where rows can be selected
                if (selectable == null || selectable.equals("none")) {
                    report.append("Weft: row selection: not measured (this build's table does not select)\n");
                } else {
                    report.append(line("Weft: row selection (day table -> detail)", weftRow(page, changes)));
                }
            }
            String streamlit = System.getProperty("weft.bench.streamlit", "");
            if (!streamlit.isBlank()) {
                try (StreamlitTwin twin =
                                StreamlitTwin.start(streamlit, "examples/explorer/streamlit/explorer.py", "explorer");
                        BrowserContext context = chromium.browser().newContext()) {
                    Page page = context.newPage();
                    page.setViewportSize(1280, 1000);
                    page.navigate(twin.url());
                    page.waitForFunction(
                            "() => " + streamlitIdle("9.5 m/s"),
                            null,
                            new Page.WaitForFunctionOptions().setTimeout(60_000));
                    report.append(line("Streamlit 1.64: place (sidebar radio)", streamlitPlace(page, changes)));
                    report.append(line(
                            "Streamlit 1.64: row selection (st.dataframe -> detail)", streamlitRow(page, changes)));
                }
            } else {
                report.append("Streamlit: not measured (set -Dweft.bench.streamlit=/path/to/streamlit)\n");
            }
        }
    }

    // ---------------------------------------------------------------- Weft

    private static List<Double> weftPlace(Page page, int changes) {
        List<Double> times = new ArrayList<>();
        String place = "Seattle";
        for (int i = 0; i < changes + 3; i++) {
            place = place.equals("Seattle") ? "New York" : "Seattle";
            String gens = (String) page.evaluate(
                    "names => JSON.stringify(Object.fromEntries(names.map(n => [n,"
                            + " Number(document.querySelector('#weft section.weft-slot[data-slot=\"' + n + '\"]').dataset.gen)])))",
                    List.of("summary", "overview", "dayTable", "monthly"));
            String ready = "() => { const gens = " + gens + ";"
                    + " const slot = n => document.querySelector('#weft section.weft-slot[data-slot=\"' + n + '\"]');"
                    + " return Object.keys(gens).every(n => slot(n).dataset.state === 'done' && Number(slot(n).dataset.gen) > gens[n])"
                    + " && slot('detail').dataset.state === 'done'"
                    + " && document.querySelectorAll('.weft-chart[data-rendered=\"true\"]').length >= 3"
                    + " && [...slot('summary').querySelectorAll('.weft-metric-value')].some(e => e.textContent === '"
                    + WIND.get(place) + "'); }";
            double time = measure(page, ready, Slots.slot(page, "filters").getByLabel(place));
            if (i >= 3) {
                times.add(time);
            }
        }
        return times;
    }

    private static List<Double> weftRow(Page page, int changes) {
        List<Double> times = new ArrayList<>();
        Locator rows = Slots.slot(page, "dayTable").locator(".weft-table tbody tr");
        for (int i = 0; i < changes + 3; i++) {
            Locator row = rows.nth(i % 10);
            String date = row.locator("td").nth(1).textContent().strip(); // after the selection box
            long gen = Slots.gen(page, "detail");
            String ready = "() => { const s = document.querySelector('#weft section.weft-slot[data-slot=\"detail\"]');"
                    + " return s.dataset.state === 'done' && Number(s.dataset.gen) > " + gen
                    + " && s.querySelector('.weft-chart[data-rendered=\"true\"]') !== null"
                    + " && [...s.querySelectorAll('.weft-metric-value')].some(e => e.textContent === '1'); }";
            double time = measure(page, ready, row.locator("td").nth(2));
            if (i >= 3) {
                times.add(time);
            }
            if (date.isEmpty()) {
                throw new IllegalStateException("no date in row " + i);
            }
        }
        return times;
    }

    // ---------------------------------------------------------------- Streamlit

    /** Streamlit is idle: the script stopped, nothing stale, and the summary shows {@code wind}. */
    private static String streamlitIdle(String wind) {
        return "(document.querySelector('[data-testid=\"stStatusWidget\"]') === null"
                + " && document.querySelector('[data-stale=\"true\"]') === null"
                + " && [...document.querySelectorAll('[data-testid=\"stMetricValue\"]')].some(e => e.textContent.trim() === '"
                + wind + "'))";
    }

    private static List<Double> streamlitPlace(Page page, int changes) {
        List<Double> times = new ArrayList<>();
        String place = "Seattle";
        for (int i = 0; i < changes + 3; i++) {
            place = place.equals("Seattle") ? "New York" : "Seattle";
            Locator radio = page.locator("[data-testid=\"stSidebar\"] label")
                    .filter(new Locator.FilterOptions().setHasText(place))
                    .first();
            double time = measure(page, "() => " + streamlitIdle(WIND.get(place)), radio);
            if (i >= 3) {
                times.add(time);
            }
        }
        return times;
    }

    private static List<Double> streamlitRow(Page page, int changes) {
        List<Double> times = new ArrayList<>();
        Locator grid = page.locator("[data-testid=\"stDataFrame\"]").first();
        grid.scrollIntoViewIfNeeded();
        for (int i = 0; i < changes + 3; i++) {
            var box = grid.boundingBox();
            // Glide data grid: a 35 px header, 35 px rows, the row-selection box in a column at the left.
            double x = box.x + 15;
            // Each row twice: a click selects it, the next deselects it (multi-row selection).
            double y = box.y + 35 + 35 * ((i / 2) % 10) + 17;
            boolean selecting = i % 2 == 0;
            String ready = "() => (document.querySelector('[data-testid=\"stStatusWidget\"]') === null"
                    + " && document.querySelector('[data-stale=\"true\"]') === null && "
                    + (selecting
                            ? "[...document.querySelectorAll('[data-testid=\"stMetricLabel\"]')].some(e => e.textContent.trim() === 'Days selected'))"
                            : "[...document.querySelectorAll('[data-testid=\"stMetricLabel\"]')].every(e => e.textContent.trim() !== 'Days selected'))");
            double time = measureAt(page, ready, x, y);
            if (i >= 3) {
                times.add(time);
            }
        }
        return times;
    }

    // ---------------------------------------------------------------- measuring

    /** Clicks {@code target} and returns the ms from just before the click until {@code ready} holds. */
    private static double measure(Page page, String ready, Locator target) {
        target.scrollIntoViewIfNeeded();
        var box = target.boundingBox();
        return measureAt(page, ready, box.x + box.width / 2, box.y + box.height / 2);
    }

    private static double measureAt(Page page, String ready, double x, double y) {
        page.evaluate(
                "([ready, timeout, js]) => { window.__weftBench = (0, eval)(js)([ready, timeout]); }",
                List.of(ready, TIMEOUT_MS, WAIT_JS));
        double start = ((Number) page.evaluate("performance.now()")).doubleValue();
        page.mouse().click(x, y);
        double end = ((Number) page.evaluate("window.__weftBench")).doubleValue();
        return end - start;
    }

    private static String line(String label, List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "%-44s %7d %8.1f %8.1f %8.1f %8.1f%n",
                label,
                sorted.size(),
                WidgetLatencyBenchmark.percentile(sorted, 50),
                WidgetLatencyBenchmark.percentile(sorted, 99),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
