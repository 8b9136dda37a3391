package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
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
 * What a scoped rerun saves, on the sales example in headless Chromium: the wall time from a
 * change of the Year filter until the three dependent charts (revenue, orders, margin) are drawn
 * again with the run it caused, against a full run — a fresh page load in a fresh browser context
 * (a new session, every fragment runs) from navigation start until the three charts are drawn.
 * One uncounted warm-up of each; the median, min and max of {@code weft.bench.runs} (default 7) each.
 *
 * <p>Run with {@code ./mvnw -B -pl integration-tests/browser -Pbench verify} after {@code ./mvnw -B
 * install -DskipTests}. Writes {@code target/benchmark-scoped-rerun.txt}. Asserts no time.
 */
public final class ScopedRerunBenchmark {

    /** Runs the benchmark from the command line; see the class comment. */
    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("weft.bench.runs", 7);
        System.out.println(run(runs));
    }

    @Test
    void filterChange_scopedVersusFullRerun() throws IOException {
        System.out.println(run(Integer.getInteger("weft.bench.runs", 7)));
    }

    private static String run(int runs) throws IOException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        List<Double> scoped = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        try (ExampleServer app = ExampleServer.start(Example.SALES);
                Chromium chromium = Chromium.launch()) {
            fullLoad(chromium, app.url("/")); // warm-up, not counted
            for (int i = 0; i < runs; i++) {
                full.add(fullLoad(chromium, app.url("/")));
            }
            try (BrowserContext context = chromium.browser().newContext()) {
                SalesPage sales = new SalesPage(context.newPage());
                sales.page().navigate(app.url("/"));
                sales.awaitChartsRendered().awaitAllDone();
                filterChange(sales); // warm-up, not counted
                for (int i = 0; i < runs; i++) {
                    scoped.add(filterChange(sales));
                }
            }
        }
        String table = String.join(
                "\n",
                "Weft sales example: until revenue, orders and margin charts are drawn (headless Chromium, ms)",
                String.format(Locale.ROOT, "%-44s %5s %9s %9s %9s", "", "runs", "median", "min", "max"),
                row("scoped rerun (Year change -> 3 charts)", scoped),
                row("full run (fresh page load -> 3 charts)", full),
                String.format(
                        Locale.ROOT,
                        "scoped / full (medians): %.2f",
                        Timings.of(scoped).median() / Timings.of(full).median()),
                "Scoped: filters, revenueByMonth, revenue, orders and margin rerun; liveOrders does not."
                        + " Full: a new session, every fragment runs.",
                "1 warm-up of each not counted.");
        Path out = Paths.get("target", "benchmark-scoped-rerun.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
        return table;
    }

    /** One change of the Year filter on a loaded page: ms from dispatching it until the 3 charts are redrawn. */
    private static double filterChange(SalesPage sales) {
        Page page = sales.page();
        sales.awaitAllDone();
        Map<String, Long> before = sales.gens();
        // Defined through Playwright (not eval in the page, which a Content-Security-Policy may forbid).
        page.evaluate("() => { window.__weftChartsNewerThan = " + SalesPage.CHARTS_NEWER_THAN_JS + "; }");
        Object elapsed = page.evaluate(
                "async ([names, gens, timeout]) => {"
                        + " const input = document.querySelector('" + SalesPage.YEAR_SLIDER + "');"
                        + " const drawn = window.__weftChartsNewerThan([names, gens, timeout]);"
                        + " const start = performance.now();"
                        + " input.value = String(Number(input.value) === " + SalesPage.LAST_YEAR + " ? "
                        + (SalesPage.LAST_YEAR - 1) + " : " + SalesPage.LAST_YEAR + ");"
                        + " input.dispatchEvent(new Event('change', { bubbles: true }));"
                        + " return (await drawn) - start; }",
                List.of(SalesPage.CHARTS, SalesPage.forPage(before), SalesPage.TIMEOUT_MS));
        assertEquals(0, page.locator(".weft-error").count(), "no section failed while measuring");
        return ((Number) elapsed).doubleValue();
    }

    /** A fresh session: ms from navigation start until the 3 charts are drawn. */
    private static double fullLoad(Chromium chromium, String url) {
        return LoadTimes.untilChartsDrawn(chromium, url, SalesPage.CHARTS.size(), SalesPage.TIMEOUT_MS)
                .chartsDrawn();
    }

    private static String row(String label, List<Double> values) {
        Timings times = Timings.of(values);
        return String.format(
                Locale.ROOT,
                "%-44s %5d %9.0f %9.0f %9.0f",
                label,
                times.count(),
                times.median(),
                times.min(),
                times.max());
    }
}
