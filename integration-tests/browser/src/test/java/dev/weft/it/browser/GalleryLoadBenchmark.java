package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
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
 * How fast the gallery ({@code examples/gallery}, every element and widget) appears in headless
 * Chromium, and what each element costs on the wire. Per run, in a fresh browser context (a fresh
 * session), 1280 × 900: the first contentful paint, and the time from navigation start until the
 * page has settled ({@link GalleryPage#SETTLED_JS}: every slot done, every visible chart drawn, the
 * fonts loaded). Then, from the WebSocket frames of the last run: the bytes of each element type in
 * the final {@code slot} messages (a container with what it holds), and of each slot's message.
 *
 * <p>Run it with {@code ./mvnw -B -pl integration-tests/browser -Pbench verify
 * -Dtest=GalleryLoadBenchmark} after {@code ./mvnw -B install -DskipTests}; the number of runs is
 * {@code -Dweft.bench.runs=N} (default 7). It prints a table and writes it to {@code
 * target/benchmark-gallery.txt}. A measurement, not a test: it asserts no time.
 */
public final class GalleryLoadBenchmark {

    /** In the page, given the texts of the frames received: bytes per element type and per slot. */
    private static final String PAYLOAD_JS = """
            (frames) => {
              const latest = {};
              for (const text of frames) {
                let m; try { m = JSON.parse(text); } catch (e) { continue; }
                if (m.type === 'slot' && !m.partial && (!latest[m.slot] || latest[m.slot].gen <= m.gen)) {
                  latest[m.slot] = { gen: m.gen, bytes: new TextEncoder().encode(text).length, elements: m.elements };
                }
              }
              const types = {};
              for (const s of Object.values(latest)) {
                for (const e of s.elements) {
                  const t = types[e.t] ?? (types[e.t] = { count: 0, bytes: 0 });
                  t.count++;
                  t.bytes += new TextEncoder().encode(JSON.stringify(e)).length;
                }
              }
              return { types, slots: Object.fromEntries(Object.entries(latest).map(([n, s]) => [n, s.bytes])) };
            }
            """;

    @Test
    void gallery_firstPaintAndSettled_payloadPerElement() throws IOException {
        int runs = Integer.getInteger("weft.bench.runs", 7);
        if (runs < 1) {
            throw new IllegalArgumentException("weft.bench.runs must be at least 1, was " + runs);
        }
        List<Double> paint = new ArrayList<>();
        List<Double> settled = new ArrayList<>();
        Map<String, Object> payload = null;
        try (ExampleServer app = ExampleServer.start(Example.GALLERY);
                Chromium chromium = Chromium.launch()) {
            measure(chromium, app, new ArrayList<>()); // warm-up, not counted
            for (int i = 0; i < runs; i++) {
                List<String> frames = new ArrayList<>();
                try (BrowserContext context = newContext(chromium)) {
                    Page page = context.newPage();
                    double[] times = load(page, app, frames);
                    paint.add(times[0]);
                    settled.add(times[1]);
                    payload = payload(page, frames);
                }
            }
        }
        String table = table(runs, paint, settled, payload);
        System.out.println(table);
        Path out = Paths.get("target", "benchmark-gallery.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
    }

    private static void measure(Chromium chromium, ExampleServer app, List<String> frames) {
        try (BrowserContext context = newContext(chromium)) {
            load(context.newPage(), app, frames);
        }
    }

    private static BrowserContext newContext(Chromium chromium) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** Loads the gallery; milliseconds from navigation start to the first contentful paint and to settled. */
    private static double[] load(Page page, ExampleServer app, List<String> frames) {
        page.onWebSocket(ws -> ws.onFrameReceived(frame -> {
            synchronized (frames) {
                frames.add(frame.text());
            }
        }));
        double settled = LoadTimes.untilReady(page, app.url("/"), GalleryPage.SETTLED_JS, null, GalleryPage.TIMEOUT_MS);
        assertEquals(0, page.locator("[data-state=failed]").count(), "no section failed");
        return new double[] {LoadTimes.firstContentfulPaint(page), settled};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Page page, List<String> frames) {
        synchronized (frames) {
            return (Map<String, Object>) page.evaluate(PAYLOAD_JS, new ArrayList<>(frames));
        }
    }

    @SuppressWarnings("unchecked")
    private static String table(int runs, List<Double> paint, List<Double> settled, Map<String, Object> payload) {
        List<String> lines = new ArrayList<>();
        lines.add("Weft gallery in headless Chromium, 1280 x 900, " + runs
                + " runs in fresh contexts (1 warm-up not counted), ms from navigation start:");
        lines.add(String.format(Locale.ROOT, "%-28s %9s %9s %9s", "", "median", "min", "max"));
        lines.add(row("first contentful paint", paint));
        lines.add(row("every element drawn", settled));
        lines.add("");
        lines.add("Payload of the final slot messages (last run), bytes of UTF-8 JSON:");
        lines.add(String.format(Locale.ROOT, "%-16s %6s %9s %9s", "element", "count", "bytes", "each"));
        Map<String, Map<String, Number>> types = (Map<String, Map<String, Number>>) payload.get("types");
        types.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int count = e.getValue().get("count").intValue();
            long bytes = e.getValue().get("bytes").longValue();
            lines.add(String.format(
                    Locale.ROOT, "%-16s %6d %9d %9d", e.getKey(), count, bytes, Math.round((double) bytes / count)));
        });
        lines.add(String.format(Locale.ROOT, "%-16s %6s %9s", "slot", "", "message"));
        Map<String, Number> slots = (Map<String, Number>) payload.get("slots");
        long total = 0;
        for (String name : GalleryPage.SLOTS) {
            Number bytes = slots.get(name);
            if (bytes != null) {
                total += bytes.longValue();
                lines.add(String.format(Locale.ROOT, "%-16s %6s %9d", name, "", bytes.longValue()));
            }
        }
        lines.add(String.format(Locale.ROOT, "%-16s %6s %9d", "all slots", "", total));
        return String.join("\n", lines);
    }

    private static String row(String what, List<Double> values) {
        Timings times = Timings.of(values);
        return String.format(Locale.ROOT, "%-28s %9.0f %9.0f %9.0f", what, times.median(), times.min(), times.max());
    }
}
