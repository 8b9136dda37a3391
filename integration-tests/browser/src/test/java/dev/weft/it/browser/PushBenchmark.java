package dev.weft.it.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Push to N open tabs: the time from a bean's push (the live example's {@code POST /orders}, which
 * reruns {@code orders} in every session) until the last tab has its dependent {@code count} redrawn.
 *
 * <p>In headless Chromium (one browser, {@value #TABS_PER_CONTEXT} tabs per context, each tab its own
 * session; {@code -Dweft.bench.push.chromium=10,100} by default): each tab's {@code MutationObserver} notes the wall clock when the
 * {@code count} slot shows a newer generation, done; the time to the last tab is the latest of those
 * minus the moment before the POST was sent. Large N with a WebSocket load driver: N connections
 * speak Weft's protocol as a tab does ({@code hello}, then the messages), each noting when the final
 * {@code slot} message of {@code count} with a newer generation arrives; nothing is drawn, so this is
 * the server's share (rerun in N sessions, N messages written) plus the loopback.
 *
 * The WebSocket driver's numbers of tabs: {@code -Dweft.bench.push.sockets=10,100,1000} by default.
 *
 * <p>Run with {@code ./mvnw -B -pl integration-tests/browser -Pbench verify -Dtest=PushBenchmark}
 * after {@code ./mvnw -B install -DskipTests}. Writes {@code target/benchmark-push.txt}. Asserts no
 * time.
 */
public final class PushBenchmark {

    private static final int PUSHES = 7;
    private static final Pattern GEN = Pattern.compile("\"gen\":(\\d+)");

    @Test
    void push_timeToTheLastOpenTab() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(
                "Weft live example: POST /orders (a push to every session) -> `count` redrawn in the last of N tabs (ms)");
        lines.add(String.format(
                Locale.ROOT, "%-22s %6s %7s %8s %8s %8s", "driver", "tabs", "pushes", "median", "min", "max"));
        try (ExampleServer app = ExampleServer.start(Example.LIVE_CROWD)) {
            for (int n : counts("weft.bench.push.chromium", "10,100")) {
                lines.add(row("headless Chromium", n, chromium(app, n)));
            }
            for (int n : counts("weft.bench.push.sockets", "10,100,1000")) {
                lines.add(row("WebSocket driver", n, sockets(app, n)));
            }
        }
        lines.add(PUSHES + " pushes per row, one at a time, after one uncounted push; the time is from before"
                + " the POST is sent to the last tab's redraw (Chromium: MutationObserver; driver: slot message).");
        String table = String.join("\n", lines);
        Path out = Paths.get("target", "benchmark-push.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
        System.out.println(table);
    }

    /** The numbers of tabs in a property, comma-separated ({@code -Dweft.bench.push.chromium=10,100}); empty: none. */
    private static List<Integer> counts(String property, String defaults) {
        String value = System.getProperty(property, defaults).strip();
        return value.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(value.split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList();
    }

    private static String row(String driver, int tabs, List<Double> times) {
        Timings t = Timings.of(times);
        return String.format(
                Locale.ROOT, "%-22s %6d %7d %8.1f %8.1f %8.1f", driver, tabs, t.count(), t.median(), t.min(), t.max());
    }

    /** In the page: resolves with the wall clock (epoch ms) once {@code count} shows a generation newer than now. */
    private static final String WATCH_JS = """
            () => {
              const section = document.querySelector('#weft section.weft-slot[data-slot="count"]');
              const gen = Number(section.dataset.gen);
              window.__pushed = new Promise(resolve => {
                const observer = new MutationObserver(() => {
                  if (Number(section.dataset.gen) > gen && section.dataset.state === 'done' && !section.dataset.partial) {
                    observer.disconnect();
                    resolve(performance.timeOrigin + performance.now());
                  }
                });
                observer.observe(section, { attributes: true, childList: true, subtree: true });
              });
            }
            """;

    /** Tabs per browser context: one browser, its tabs spread over a few contexts, each tab its own session. */
    private static final int TABS_PER_CONTEXT = 10;

    private static List<Double> chromium(ExampleServer app, int tabs) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Chromium chromium = Chromium.launch()) {
            List<BrowserContext> contexts = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                if (i % TABS_PER_CONTEXT == 0) {
                    contexts.add(chromium.browser().newContext());
                }
                Page page = contexts.get(contexts.size() - 1).newPage();
                page.navigate(app.url("/"));
                Slots.awaitDone(page, List.of("count", "table", "note"));
                pages.add(page);
            }
            long sessions = pages.stream()
                    .map(page -> page.evaluate("() => JSON.stringify(Object.entries(sessionStorage))"))
                    .distinct()
                    .count();
            System.out.println(tabs + " Chromium tabs in " + contexts.size() + " contexts, " + sessions
                    + " distinct sessionStorage contents (one session per tab)");
            for (int push = 0; push <= PUSHES; push++) {
                pages.forEach(page -> page.evaluate(WATCH_JS));
                double sent = epochMillis();
                post(app);
                double last = 0;
                for (Page page : pages) {
                    last = Math.max(last, ((Number) page.evaluate("() => window.__pushed")).doubleValue());
                }
                if (push > 0) {
                    times.add(last - sent);
                }
            }
        }
        return times;
    }

    private static List<Double> sockets(ExampleServer app, int tabs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(app.url("/_weft/ws").replaceFirst("^http", "ws"));
        List<Tab> open = new ArrayList<>();
        try {
            for (int i = 0; i < tabs; i++) {
                Tab tab = new Tab();
                tab.socket = http.newWebSocketBuilder().buildAsync(uri, tab).get(30, TimeUnit.SECONDS);
                tab.socket.sendText("{\"v\":1,\"type\":\"hello\",\"app\":\"/\",\"session\":null}", true);
                open.add(tab);
                if (open.size() % 50 == 0) {
                    for (Tab ready : open) {
                        ready.awaitFirst();
                    }
                }
            }
            for (Tab tab : open) {
                tab.awaitFirst();
            }
            List<Double> times = new ArrayList<>();
            for (int push = 0; push <= PUSHES; push++) {
                CountDownLatch all = new CountDownLatch(tabs);
                open.forEach(tab -> tab.expect(all));
                long sent = System.nanoTime();
                post(app);
                if (!all.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(all.getCount() + " of " + tabs + " tabs never got the push");
                }
                long last = open.stream().mapToLong(tab -> tab.redrawnAt).max().orElseThrow();
                if (push > 0) {
                    times.add((last - sent) / 1e6);
                }
            }
            return times;
        } finally {
            open.forEach(tab -> tab.socket.abort());
        }
    }

    private static void post(ExampleServer app) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("/orders?product=Tea&quantity=1")))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /orders: " + response.statusCode() + " " + response.body());
        }
    }

    private static double epochMillis() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) / 1000.0;
    }

    /** One tab of the WebSocket driver: notes the generation of {@code count} it shows, and when a newer one arrives. */
    private static final class Tab implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final CountDownLatch first = new CountDownLatch(1);
        WebSocket socket;
        volatile long gen;
        volatile long redrawnAt;
        private volatile long awaitedAfter = Long.MAX_VALUE;
        private volatile CountDownLatch waiting;

        void awaitFirst() throws InterruptedException {
            if (!first.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a tab never got its first content");
            }
        }

        void expect(CountDownLatch latch) {
            awaitedAfter = gen;
            waiting = latch;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                if (message.contains("\"type\":\"slot\"")
                        && message.contains("\"slot\":\"count\"")
                        && !message.contains("\"partial\":true")) {
                    Matcher matcher = GEN.matcher(message);
                    if (matcher.find()) {
                        long shown = Long.parseLong(matcher.group(1));
                        gen = Math.max(gen, shown);
                        first.countDown();
                        CountDownLatch latch = waiting;
                        if (latch != null && shown > awaitedAfter) {
                            redrawnAt = System.nanoTime();
                            waiting = null;
                            latch.countDown();
                        }
                    }
                }
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
