package dev.weft.it.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.WebSocket;
import com.microsoft.playwright.WebSocketFrame;
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
 * How fast a streamed answer can grow in headless Chromium, and what it costs on the wire: the chat
 * example with its local generator paced at one token a millisecond ({@link Example#CHAT_BENCH}:
 * {@value #WORDS} words, {@value #TOKENS} tokens an answer), answers sent one after another. For
 * each: the tokens per second from the first growth of the text on the page to its end (as drawn,
 * once per frame), the frames it took, and the bytes of {@code append} messages the page received
 * per token (the whole message, JSON and all).
 *
 * <p>Run with {@code ./mvnw -B -pl integration-tests/browser -Pbench verify
 * -Dtest=ChatStreamBenchmark} after {@code ./mvnw -B install -DskipTests}; {@code
 * -Dweft.bench.runs=N} answers (default 5); {@code -Dweft.bench.chat.before=FILE} also measures an
 * earlier client bundle ({@code META-INF/resources/_weft/weft.js} from an older runtime jar, for
 * example {@code unzip -p weft-runtime.jar META-INF/resources/_weft/weft.js > FILE}), served in its
 * own browser context, its answers alternating with today's. Writes {@code
 * target/benchmark-chat-stream.txt}.
 * Asserts no time.
 */
public final class ChatStreamBenchmark {

    static final int WORDS = 4000;

    /** The generator's tokens for {@link #WORDS} words: a heading of three, a bullet every 35 words, the closing one. */
    static final int TOKENS = WORDS + 3 + (WORDS - 1) / 35 + 1;

    /** In the page: sends a message and waits until its answer is done; returns when it first and last grew, and its frames. */
    private static final String MEASURE_JS = """
            async ([prompt, timeout]) => {
              const before = document.querySelectorAll('.weft-stream').length;
              const input = document.querySelector('.weft-chat-input textarea');
              input.value = prompt;
              input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
              const started = performance.now();
              let first = null, last = null, frames = 0, length = -1, longTasks = 0;
              const observer = new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) longTasks += entry.duration;
              });
              observer.observe({ type: 'longtask' });
              return await new Promise((resolve, reject) => {
                const tick = () => {
                  const streams = document.querySelectorAll('.weft-stream');
                  const s = streams.length > 0 && document.querySelector('.weft-stream:not(.weft-stream-done)')
                      ? document.querySelector('.weft-stream:not(.weft-stream-done)') : null;
                  const latest = s ?? streams[streams.length - 1];
                  if (latest) {
                    const n = latest.querySelector('.weft-stream-text').textContent.length;
                    if (n !== length && (s || first !== null)) {
                      const now = performance.now();
                      if (first === null && n > 0) first = now;
                      if (first !== null) { frames++; last = now; }
                      length = n;
                    }
                    if (first !== null && !s && latest.classList.contains('weft-stream-done')) {
                      for (const entry of observer.takeRecords()) longTasks += entry.duration;
                      observer.disconnect();
                      return resolve({ first, last, frames, length, longTasks });
                    }
                  }
                  if (performance.now() - started > timeout) return reject(new Error('no answer in time'));
                  requestAnimationFrame(tick);
                };
                tick();
              });
            }
            """;

    @Test
    void streamedAnswer_tokensPerSecond_bytesPerToken() throws IOException {
        System.out.println(run(Integer.getInteger("weft.bench.runs", 5)));
    }

    private static String run(int runs) throws IOException {
        List<String> rows = new ArrayList<>();
        String before = System.getProperty("weft.bench.chat.before", "");
        try (ExampleServer app = ExampleServer.start(Example.CHAT_BENCH);
                Chromium chromium = Chromium.launch()) {
            List<Tab> tabs = new ArrayList<>();
            if (!before.isBlank()) {
                // The client bundle as it was (a file), served in place of today's in a context of its own.
                BrowserContext context = chromium.browser().newContext();
                byte[] script = Files.readAllBytes(Path.of(before));
                context.route(
                        url -> url.contains("/_weft/weft.js"),
                        route -> route.fulfill(new Route.FulfillOptions()
                                .setStatus(200)
                                .setContentType("text/javascript")
                                .setBodyBytes(script)));
                tabs.add(open(app, context, "before"));
            }
            tabs.add(open(app, chromium.browser().newContext(), before.isBlank() ? "" : "now"));
            for (int i = 0; i <= runs; i++) {
                for (Tab tab : tabs) {
                    String row = answer(tab, i);
                    if (i > 0) {
                        rows.add(row); // run 0 is the warm-up
                    }
                }
            }
            for (Tab tab : tabs) {
                tab.page().context().close();
            }
        }
        String table = String.join(
                "\n",
                "Weft chat example: an answer of " + TOKENS + " tokens, generator paced at 1 token/ms"
                        + " (headless Chromium, loopback)",
                String.format(
                        Locale.ROOT,
                        "%-7s %4s %8s %10s %8s %10s %10s %12s %10s %10s %10s",
                        "client",
                        "run",
                        "tokens",
                        "tokens/s",
                        "frames",
                        "appends",
                        "tok/append",
                        "bytes/token",
                        "long ms",
                        "script ms",
                        "layout ms"),
                String.join("\n", rows),
                "tokens/s: tokens / (last - first growth drawn); bytes/token: append messages received"
                        + " (whole JSON text) / tokens; long ms: main-thread long tasks (> 50 ms) during the answer;"
                        + " script/layout ms: Chromium's ScriptDuration and Layout+RecalcStyleDuration (DevTools) over it."
                        + (before.isBlank() ? "" : " before: chat.js from " + before + "; answers alternate."));
        Path out = Paths.get("target", "benchmark-chat-stream.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
        return table;
    }

    /** A page of the chat example and the {@code append} messages it has received. */
    private record Tab(String label, Page page, CDPSession devtools, long[] appendBytes, int[] appendMessages) {

        /** Chromium's own counters for the page (DevTools Performance domain): seconds spent in script, layout, style. */
        Map<String, Double> metrics() {
            Map<String, Double> values = new java.util.HashMap<>();
            for (JsonElement metric : devtools.send("Performance.getMetrics").getAsJsonArray("metrics")) {
                JsonObject m = metric.getAsJsonObject();
                values.put(m.get("name").getAsString(), m.get("value").getAsDouble());
            }
            return values;
        }
    }

    private static Tab open(ExampleServer app, BrowserContext context, String label) {
        Page page = context.newPage();
        long[] appendBytes = {0};
        int[] appendMessages = {0};
        page.onWebSocket((WebSocket socket) -> socket.onFrameReceived((WebSocketFrame frame) -> {
            String text = frame.text();
            if (text != null && text.contains("\"type\":\"append\"")) {
                appendBytes[0] += text.getBytes(StandardCharsets.UTF_8).length;
                appendMessages[0]++;
            }
        }));
        page.navigate(app.url("/"));
        page.waitForSelector(".weft-chat-input textarea");
        CDPSession devtools = context.newCDPSession(page);
        devtools.send("Performance.enable");
        return new Tab(label, page, devtools, appendBytes, appendMessages);
    }

    /** Sends a message in {@code tab}, waits for its whole answer, and returns its row. */
    private static String answer(Tab tab, int i) {
        Page page = tab.page();
        long bytesBefore = tab.appendBytes()[0];
        int messagesBefore = tab.appendMessages()[0];
        Map<String, Double> metricsBefore = tab.metrics();
        @SuppressWarnings("unchecked")
        Map<String, Object> result =
                (Map<String, Object>) page.evaluate(MEASURE_JS, List.of("Answer number " + i, 120_000));
        Map<String, Double> metrics = tab.metrics();
        page.waitForTimeout(200); // the last append frames reach the listener
        double scriptMs = 1000 * (metrics.get("ScriptDuration") - metricsBefore.get("ScriptDuration"));
        double layoutMs = 1000
                * (metrics.get("LayoutDuration")
                        - metricsBefore.get("LayoutDuration")
                        + metrics.get("RecalcStyleDuration")
                        - metricsBefore.get("RecalcStyleDuration"));
        double seconds =
                (((Number) result.get("last")).doubleValue() - ((Number) result.get("first")).doubleValue()) / 1000;
        int frames = ((Number) result.get("frames")).intValue();
        long bytes = tab.appendBytes()[0] - bytesBefore;
        int messages = tab.appendMessages()[0] - messagesBefore;
        return String.format(
                Locale.ROOT,
                "%-7s %4d %8d %10.0f %8d %10d %10.1f %12.2f %10.0f %10.0f %10.0f",
                tab.label(),
                i,
                TOKENS,
                TOKENS / seconds,
                frames,
                messages,
                (double) TOKENS / Math.max(1, messages),
                (double) bytes / TOKENS,
                ((Number) result.get("longTasks")).doubleValue(),
                scriptMs,
                layoutMs);
    }
}
