package dev.weft.it.browser;

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
import org.junit.jupiter.api.Test;

/**
 * The example dashboard's "Parallel Fragments" page ({@code examples/dashboard}, {@code /}: an intro
 * and three sections that each wait 2 s, then draw a 90-day line chart) against its Streamlit 1.64
 * twin ({@code examples/dashboard/streamlit/dashboard.py}, the sections as
 * {@code @st.fragment(parallel=True)} and {@code st.line_chart}) in the same run: the time from
 * navigation start ({@code performance.timeOrigin}) until all three charts are drawn, in headless
 * Chromium.
 *
 * <p>Every load is in a fresh browser context (a new session on either server, an empty cache), at
 * 1280 × 1600 so that the three charts are on screen; Weft and Streamlit alternate, after one
 * warm-up load each that is not counted; {@code -Dweft.bench.runs=N} loads each (default 7). Weft's
 * chart is drawn when its element is {@code data-rendered="true"} (set once ECharts has drawn it);
 * Streamlit's when its {@code stVegaLiteChart} holds a drawn line mark (Vega's SVG {@code
 * g.mark-line} path; for a canvas renderer, coloured pixels on the canvas): Vega first draws the
 * axes alone, then the lines.
 *
 * <p>Streamlit is measured only with {@code -Dweft.bench.streamlit=/path/to/streamlit} (a Streamlit
 * 1.64 installation: {@code pip install -r examples/dashboard/streamlit/requirements.txt}); without
 * it only Weft is, and the report says so. Started with {@code --server.fileWatcherType none}, as
 * a packaged Weft app watches no files either. {@code -Dweft.bench.toy.before=JAR} also loads
 * the page from an earlier build of the dashboard (its {@code quarkus-run.jar}, say a copy of
 * {@code examples/dashboard/target/quarkus-app} taken before a change), its loads alternating with
 * today's: a before and after in one run. Writes {@code target/benchmark-toy.txt}. A measurement,
 * not a test.
 */
public final class ToyDashboardBenchmark {

    /** How long each section of both apps waits for its data. */
    private static final double SLOWEST_SECTION_MS = 2_000;

    private static final double STREAMLIT_TIMEOUT_MS = 60_000;

    /** In the page, given a count: at least that many of Weft's charts are drawn. */
    private static final String WEFT_DRAWN =
            "n => document.querySelectorAll('" + DashboardPage.RENDERED_CHART + "').length >= n";

    /**
     * In the page, given a count: at least that many of Streamlit's Vega-Lite charts show their
     * lines. A canvas found drawn is remembered, so that its pixels are read once.
     */
    private static final String STREAMLIT_DRAWN = """
            n => {
              const seen = window.__weftBenchDrawn ??= new WeakSet();
              const drawn = chart => {
                if ([...chart.querySelectorAll('svg g.mark-line path')].some(p => (p.getAttribute('d') || '').length > 0)) {
                  return true;
                }
                const canvas = chart.querySelector('canvas');
                if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
                if (seen.has(canvas)) return true;
                const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let coloured = 0;
                for (let i = 0; i < px.length; i += 16) {
                  const r = px[i], g = px[i + 1], b = px[i + 2];
                  if (px[i + 3] > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 80 && ++coloured >= 20) {
                    seen.add(canvas);
                    return true;
                  }
                }
                return false;
              };
              return [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].filter(drawn).length >= n;
            }
            """;

    @Test
    void toyPage_weftAgainstStreamlit() throws Exception {
        int runs = Integer.getInteger("weft.bench.runs", 7);
        if (runs < 1) {
            throw new IllegalArgumentException("weft.bench.runs must be at least 1, was " + runs);
        }
        String streamlit = System.getProperty("weft.bench.streamlit", "");
        int charts = DashboardPage.SECTIONS.size();
        List<Double> weft = new ArrayList<>();
        List<Double> twin = new ArrayList<>();
        List<Double> earlier = new ArrayList<>();
        String before = System.getProperty("weft.bench.toy.before", "");
        String loadBefore = loadAverage();
        StringBuilder notes = new StringBuilder();
        try (ExampleServer app = ExampleServer.start();
                ExampleServer old = before.isBlank() ? null : ExampleServer.start(Example.DASHBOARD, Path.of(before));
                StreamlitTwin st = streamlit.isBlank()
                        ? null
                        : StreamlitTwin.start(
                                streamlit,
                                "examples/dashboard/streamlit/dashboard.py",
                                "dashboard",
                                "--server.fileWatcherType",
                                "none");
                Chromium chromium = Chromium.launch()) {
            if (st == null) {
                notes.append("Streamlit: not measured (set -Dweft.bench.streamlit=/path/to/streamlit)\n");
            }
            for (int i = -1; i < runs; i++) { // i = -1: the warm-up loads, not counted
                double w =
                        load(chromium, app.url("/"), WEFT_DRAWN, charts, DashboardPage.LOAD_TIMEOUT_MS, ".weft-error");
                if (i >= 0) {
                    weft.add(w);
                }
                if (old != null) {
                    double e = load(
                            chromium, old.url("/"), WEFT_DRAWN, charts, DashboardPage.LOAD_TIMEOUT_MS, ".weft-error");
                    if (i >= 0) {
                        earlier.add(e);
                    }
                }
                if (st != null) {
                    double s = load(
                            chromium,
                            st.url(),
                            STREAMLIT_DRAWN,
                            charts,
                            STREAMLIT_TIMEOUT_MS,
                            "[data-testid=\"stException\"]");
                    if (i >= 0) {
                        twin.add(s);
                    }
                }
            }
        } finally {
            if (!earlier.isEmpty()) {
                notes.append(row("Weft, before (" + Path.of(before).getFileName() + ")", earlier))
                        .append(String.format(
                                Locale.ROOT,
                                "Weft before: complete %.0f ms after its slowest section; each load: %s%n",
                                Timings.of(earlier).median() - SLOWEST_SECTION_MS,
                                earlier.stream()
                                        .map(t -> String.format(Locale.ROOT, "%.0f", t))
                                        .toList()));
            }
            String report = report(runs, weft, twin, loadBefore, loadAverage(), notes.toString());
            System.out.println(report);
            Path out = Paths.get("target", "benchmark-toy.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    /**
     * One load of {@code url} in a fresh browser context: the ms from navigation start until {@code
     * ready} holds for {@code charts}; fails if an element matching {@code error} shows.
     */
    private static double load(
            Chromium chromium, String url, String ready, int charts, double timeoutMs, String error) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.setViewportSize(1280, 1600);
            double drawn = LoadTimes.untilReady(page, url, ready, charts, timeoutMs);
            int errors = page.locator(error).count();
            if (errors > 0) {
                throw new IllegalStateException(errors + " section(s) failed while loading " + url + ": "
                        + page.locator(error).first().textContent());
            }
            return drawn;
        }
    }

    private static String report(
            int runs, List<Double> weft, List<Double> twin, String loadBefore, String loadAfter, String notes) {
        StringBuilder out = new StringBuilder(
                        "Parallel Fragments page (3 sections of 2 s, a line chart each): navigation start -> 3 charts drawn,\n")
                .append(
                        "headless Chromium, 1280x1600, each load in a fresh browser context, Weft and Streamlit alternating,\n")
                .append("1 warm-up load each not counted; ms\n")
                .append(String.format(Locale.ROOT, "%-46s %5s %9s %9s %9s%n", "", "runs", "median", "min", "max"));
        if (!weft.isEmpty()) {
            out.append(row("Weft (@Fragment(parallel = true))", weft));
        }
        if (!twin.isEmpty()) {
            out.append(row("Streamlit 1.64 (@st.fragment(parallel=True))", twin));
        }
        out.append(notes);
        if (!weft.isEmpty()) {
            double median = Timings.of(weft).median();
            out.append(String.format(
                    Locale.ROOT,
                    "Weft: complete %.0f ms after its slowest section's %.0f ms (target: within 150 ms)%n",
                    median - SLOWEST_SECTION_MS,
                    SLOWEST_SECTION_MS));
            if (!twin.isEmpty()) {
                out.append(String.format(
                        Locale.ROOT,
                        "Ratio, Streamlit median / Weft median: %.2fx (target: at least 2.2x)%n",
                        Timings.of(twin).median() / median));
            }
        }
        out.append("Each load, ms (Weft / Streamlit):");
        for (int i = 0; i < Math.max(weft.size(), twin.size()); i++) {
            out.append(String.format(
                    Locale.ROOT,
                    " %s/%s",
                    i < weft.size() ? String.format(Locale.ROOT, "%.0f", weft.get(i)) : "-",
                    i < twin.size() ? String.format(Locale.ROOT, "%.0f", twin.get(i)) : "-"));
        }
        out.append('\n');
        if (weft.size() < runs || (!notes.contains("not measured") && twin.size() < runs)) {
            out.append("INCOMPLETE: the run stopped early (see the test's failure)\n");
        }
        out.append("Load average (1, 5, 15 min) at the start: ")
                .append(loadBefore)
                .append("; at the end: ")
                .append(loadAfter)
                .append('\n');
        return out.toString();
    }

    private static String row(String label, List<Double> times) {
        Timings t = Timings.of(times);
        return String.format(
                Locale.ROOT, "%-46s %5d %9.0f %9.0f %9.0f%n", label, t.count(), t.median(), t.min(), t.max());
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown" where there is none. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
