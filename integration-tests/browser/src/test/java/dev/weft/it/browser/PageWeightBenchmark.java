package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
 * What the first load of the example dashboard's Parallel Fragments page ({@code /}) costs in
 * headless Chromium: the HTTP requests and their bytes on the wire (headers and the body as sent,
 * compressed or not, from the Resource Timing entries), and when each section's data arrived over
 * the WebSocket and its chart was drawn, in ms from navigation start; also when the client had
 * loaded and started (it opens its socket once every module of it has run). Each run in a fresh browser
 * context: a new session and an empty HTTP cache.
 *
 * <p>Run it with {@code ./mvnw -B -pl integration-tests/browser -Pbench verify
 * -Dtest=PageWeightBenchmark} after {@code ./mvnw -B install -DskipTests -pl examples/dashboard -am};
 * {@code -Dweft.bench.runs=N} (default 7). It prints a table and writes it to {@code
 * target/benchmark-page-weight.txt}. A measurement, not a test: it asserts no size and no time.
 */
public final class PageWeightBenchmark {

    /**
     * Before the page's own scripts: records when each final {@code slot} message arrived and when
     * each chart was marked drawn ({@code data-rendered="true"}), on the page's clock.
     */
    private static final String RECORDER_JS = """
            (() => {
              const t = window.__weftBench = { slots: {}, charts: [], drawn: {}, server: {} };
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  if (t.socket === undefined) t.socket = performance.now();
                  this.addEventListener('message', (e) => {
                    const at = performance.now();
                    try {
                      const m = JSON.parse(e.data);
                      if (m.type === 'slot' && !m.partial && t.slots[m.slot] === undefined) t.slots[m.slot] = at;
                      if (m.type === 'status' && m.endedAt !== undefined && t.server[m.slot] === undefined) {
                        t.server[m.slot] = [m.startedAt, m.endedAt];
                      }
                    } catch (ignored) { }
                  });
                }
              };
              new MutationObserver((records) => {
                for (const r of records) {
                  if (r.target.dataset?.rendered === 'true' && !r.target.__benchSeen) {
                    r.target.__benchSeen = true;
                    const at = performance.now();
                    t.charts.push(at);
                    const slot = r.target.closest('[data-slot]')?.dataset.slot;
                    if (slot && t.drawn[slot] === undefined) t.drawn[slot] = at;
                  }
                }
              }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
            })();
            """;

    /** In the page: requests, bytes on the wire, and decoded bytes, of the document and every resource. */
    private static final String WEIGHT_JS = """
            () => {
              const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
              const sum = (f) => all.reduce((s, e) => s + f(e), 0);
              const echarts = all.filter((e) => /echarts/.test(e.name));
              return {
                requests: all.length,
                wire: sum((e) => e.transferSize),
                decoded: sum((e) => e.decodedBodySize),
                echartsWire: echarts.reduce((s, e) => s + e.transferSize, 0),
                echartsDecoded: echarts.reduce((s, e) => s + e.decodedBodySize, 0),
                slots: window.__weftBench.slots,
                charts: window.__weftBench.charts,
                drawn: window.__weftBench.drawn,
                server: window.__weftBench.server,
                socket: window.__weftBench.socket,
              };
            }
            """;

    private record Run(
            int requests,
            long wire,
            long decoded,
            long echartsWire,
            long echartsDecoded,
            double socket,
            double lastData,
            List<Double> charts,
            List<Double> dataToChart,
            double serverStartSpread,
            double serverEndSpread,
            double dataSpread,
            String acceptEncoding,
            String echartsEncoding) {}

    @Test
    void parallelFragments_firstLoad_bytesRequestsAndCharts() throws IOException {
        int runs = Integer.getInteger("weft.bench.runs", 7);
        if (runs < 1) {
            throw new IllegalArgumentException("weft.bench.runs must be at least 1, was " + runs);
        }
        List<Run> measured = new ArrayList<>();
        try (ExampleServer app = ExampleServer.start();
                Chromium chromium = Chromium.launch()) {
            load(chromium, app); // warm-up, not counted
            for (int i = 0; i < runs; i++) {
                measured.add(load(chromium, app));
            }
        }
        String table = table(measured);
        System.out.println(table);
        Path out = Paths.get("target", "benchmark-page-weight.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Run load(Chromium chromium, ExampleServer app) {
        try (BrowserContext context =
                chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.addInitScript(RECORDER_JS);
            List<Response> responses = new ArrayList<>();
            Page page = context.newPage();
            page.onResponse(r -> {
                synchronized (responses) {
                    responses.add(r);
                }
            });
            LoadTimes.untilReady(
                    page,
                    app.url("/"),
                    "n => document.querySelectorAll('" + DashboardPage.RENDERED_CHART + "').length >= n",
                    DashboardPage.SECTIONS.size(),
                    DashboardPage.LOAD_TIMEOUT_MS);
            assertEquals(0, page.locator(".weft-error").count(), "no section failed");
            Map<String, Object> w = (Map<String, Object>) page.evaluate(WEIGHT_JS);
            Map<String, Number> slots = (Map<String, Number>) w.get("slots");
            double lastData = DashboardPage.SECTIONS.stream()
                    .mapToDouble(s -> slots.get(s).doubleValue())
                    .max()
                    .orElseThrow();
            Map<String, Number> drawn = (Map<String, Number>) w.get("drawn");
            List<Double> dataToChart = DashboardPage.SECTIONS.stream()
                    .map(name -> drawn.get(name).doubleValue() - slots.get(name).doubleValue())
                    .toList();
            // The server's clock (startedAt, endedAt of each section's run) against the page's (the
            // final slot message's arrival): where the spread between the three charts comes from.
            Map<String, List<Number>> server = (Map<String, List<Number>>) w.get("server");
            double serverStartSpread = spread(DashboardPage.SECTIONS.stream()
                    .map(s -> server.get(s).get(0).doubleValue())
                    .toList());
            double serverEndSpread = spread(DashboardPage.SECTIONS.stream()
                    .map(s -> server.get(s).get(1).doubleValue())
                    .toList());
            double dataSpread = spread(DashboardPage.SECTIONS.stream()
                    .map(s -> slots.get(s).doubleValue())
                    .toList());
            List<Double> charts = ((List<Number>) w.get("charts"))
                    .stream().map(Number::doubleValue).sorted().toList();
            String accept = "";
            String encoding = "";
            synchronized (responses) {
                for (Response r : responses) {
                    if (r.url().contains("echarts")) {
                        accept = r.request().allHeaders().getOrDefault("accept-encoding", "");
                        encoding = r.allHeaders().getOrDefault("content-encoding", "identity");
                    }
                }
            }
            return new Run(
                    ((Number) w.get("requests")).intValue(),
                    ((Number) w.get("wire")).longValue(),
                    ((Number) w.get("decoded")).longValue(),
                    ((Number) w.get("echartsWire")).longValue(),
                    ((Number) w.get("echartsDecoded")).longValue(),
                    ((Number) w.get("socket")).doubleValue(),
                    lastData,
                    charts,
                    dataToChart,
                    serverStartSpread,
                    serverEndSpread,
                    dataSpread,
                    accept,
                    encoding);
        }
    }

    private static String table(List<Run> runs) {
        List<String> lines = new ArrayList<>();
        Run last = runs.get(runs.size() - 1);
        lines.add("Weft example dashboard, Parallel Fragments page (/), first load in headless Chromium, " + runs.size()
                + " runs in fresh contexts (1 warm-up not counted)");
        lines.add("Accept-Encoding sent: " + last.acceptEncoding() + "; ECharts served with Content-Encoding: "
                + last.echartsEncoding());
        lines.add(String.format(
                Locale.ROOT,
                "requests %d; on the wire %.1f KB (decoded %.1f KB), of which ECharts %.1f KB (decoded %.1f KB)",
                last.requests(),
                last.wire() / 1024.0,
                last.decoded() / 1024.0,
                last.echartsWire() / 1024.0,
                last.echartsDecoded() / 1024.0));
        lines.add(String.format(Locale.ROOT, "%-34s %9s %9s %9s", "ms from navigation start", "median", "min", "max"));
        lines.add(row(
                "client started (socket opened)", runs.stream().map(Run::socket).toList()));
        lines.add(row(
                "last section's data arrived", runs.stream().map(Run::lastData).toList()));
        for (int i = 0; i < DashboardPage.SECTIONS.size(); i++) {
            int k = i;
            lines.add(row(
                    "chart " + (i + 1) + " drawn",
                    runs.stream().map(r -> r.charts().get(k)).toList()));
        }
        lines.add(row(
                "last chart drawn - last data",
                runs.stream()
                        .map(r -> r.charts().get(r.charts().size() - 1) - r.lastData())
                        .toList()));
        lines.add(row(
                "a section's data - its chart drawn",
                runs.stream().flatMap(r -> r.dataToChart().stream()).toList()));
        lines.add(row(
                "spread: server runs started",
                runs.stream().map(Run::serverStartSpread).toList()));
        lines.add(row(
                "spread: server runs ended",
                runs.stream().map(Run::serverEndSpread).toList()));
        lines.add(row(
                "spread: data arrived in the page",
                runs.stream().map(Run::dataSpread).toList()));
        lines.add(row(
                "spread: charts drawn",
                runs.stream()
                        .map(r -> r.charts().get(r.charts().size() - 1)
                                - r.charts().get(0))
                        .toList()));
        return String.join("\n", lines);
    }

    private static double spread(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static String row(String what, List<Double> values) {
        Timings times = Timings.of(values);
        return String.format(Locale.ROOT, "%-34s %9.0f %9.0f %9.0f", what, times.median(), times.min(), times.max());
    }
}
