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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The 100,000-row table of the elements example ({@code /table}) in headless Chromium: the time
 * from navigation start until its first page of rows is in the DOM, and from a click on a column
 * header until the sorted page is; then the payload of each element type on the tour page
 * ({@code /}), as the WebSocket carries it. Each load in a fresh browser context (a fresh session),
 * after one warm-up; {@code -Dweft.bench.runs=N} runs (default 7). Writes
 * {@code target/benchmark-table.txt}. A measurement, not a test: it asserts no time.
 */
public final class TableBenchmark {

    private static final double TIMEOUT_MS = 60_000;

    @Test
    void bigTable_loadAndSort_andPayloadPerElement() throws IOException {
        int runs = Integer.getInteger("weft.bench.runs", 7);
        List<Double> loads = new ArrayList<>();
        List<Double> sorts = new ArrayList<>();
        List<Double> pages = new ArrayList<>();
        String payloads;
        try (ExampleServer app = ExampleServer.start(Example.ELEMENTS);
                Chromium chromium = Chromium.launch()) {
            measure(chromium, app); // warm-up
            for (int i = 0; i < runs; i++) {
                double[] run = measure(chromium, app);
                loads.add(run[0]);
                sorts.add(run[1]);
                pages.add(run[2]);
            }
            payloads = payloads(chromium, app);
        }
        String table = String.join(
                "\n",
                "Weft elements example, headless Chromium, ms (median, min, max of " + runs + " runs)",
                row("100,000-row table: navigation start -> first page in the DOM", loads),
                row("sort by a number column: click -> sorted page in the DOM", sorts),
                row("next page of the sorted table: click -> page in the DOM", pages),
                "",
                payloads);
        System.out.println(table);
        Path out = Paths.get("target", "benchmark-table.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
    }

    private static double[] measure(Chromium chromium, ExampleServer app) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("/table"));
            double loaded = ((Number) page.waitForFunction(
                                    "() => document.querySelectorAll('.weft-table tbody tr').length === 20"
                                            + " && performance.now()",
                                    null,
                                    new Page.WaitForFunctionOptions()
                                            .setPollingInterval(5)
                                            .setTimeout(TIMEOUT_MS))
                            .jsonValue())
                    .doubleValue();
            double sorted = timed(page, "th[data-column=amount] button", "t => t.dataset.sort === 'amount'");
            double next = timed(page, "button[data-go=next]", "t => t.dataset.page === '1'");
            return new double[] {loaded, sorted, next};
        }
    }

    /** Clicks {@code selector} in the page and waits (observing the DOM) until {@code done(table)} holds. */
    private static double timed(Page page, String selector, String done) {
        Object ms = page.evaluate(
                "([selector, done]) => new Promise(resolve => {"
                        + " const table = document.querySelector('.weft-table');"
                        + " const check = new Function('return ' + done)();"
                        + " const start = performance.now();"
                        + " const observer = new MutationObserver(() => {"
                        + "   if (table.dataset.state === 'ready' && check(table)"
                        + "       && table.querySelectorAll('tbody tr').length === 20) {"
                        + "     observer.disconnect(); resolve(performance.now() - start); } });"
                        + " observer.observe(table, { subtree: true, childList: true, attributes: true });"
                        + " table.querySelector(selector).click(); })",
                List.of(selector, done));
        return ((Number) ms).doubleValue();
    }

    /** Bytes per element type in the slot messages of the tour page, and of the table page's first message. */
    private static String payloads(Chromium chromium, ExampleServer app) {
        StringBuilder out = new StringBuilder(
                "Payload per element as sent (JSON bytes of the element; slot messages of /" + " and /table)\n");
        out.append(String.format(Locale.ROOT, "%-16s %6s %9s %9s%n", "element", "count", "bytes", "max"));
        List<String> frames = new CopyOnWriteArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.onWebSocket(socket -> socket.onFrameReceived(frame -> frames.add(frame.text())));
            page.navigate(app.url("/"));
            new ElementsPage(page).awaitDone(ElementsPage.TOUR);
            page.navigate(app.url("/table"));
            new ElementsPage(page).awaitDone(List.of("orders"));
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> sizes = (Map<String, List<Number>>) page.evaluate(
                    "frames => { const sizes = {};"
                            + " const walk = (elements) => { for (const e of elements ?? []) {"
                            + "   const own = { ...e }; delete own.children;"
                            + "   const bytes = new TextEncoder().encode(JSON.stringify(own)).length;"
                            + "   (sizes[e.t] ??= [0, 0, 0]); sizes[e.t][0]++; sizes[e.t][1] += bytes;"
                            + "   sizes[e.t][2] = Math.max(sizes[e.t][2], bytes); walk(e.children); } };"
                            + " for (const f of frames) { const m = JSON.parse(f);"
                            + "   if (m.type === 'slot' && !m.partial) walk(m.elements); }"
                            + " return sizes; }",
                    frames);
            sizes.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.append(String.format(
                            Locale.ROOT,
                            "%-16s %6d %9.0f %9d%n",
                            e.getKey(),
                            e.getValue().get(0).intValue(),
                            e.getValue().get(1).doubleValue()
                                    / e.getValue().get(0).intValue(),
                            e.getValue().get(2).intValue())));
            out.append("(bytes: the mean per element; a container's own fields only)\n");
        }
        return out.toString();
    }

    private static String row(String what, List<Double> values) {
        Timings times = Timings.of(values);
        return String.format(
                Locale.ROOT,
                "%-62s median %7.1f  min %7.1f  max %7.1f",
                what,
                times.median(),
                times.min(),
                times.max());
    }
}
