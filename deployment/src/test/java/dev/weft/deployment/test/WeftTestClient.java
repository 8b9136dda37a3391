package dev.weft.deployment.test;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client speaking the Weft protocol, for tests. */
final class WeftTestClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The browser secret every client sends in its {@code weft-browser} cookie unless a test says
     * otherwise, as the tabs of one browser do: a client may then resume a session another started.
     */
    static final String BROWSER = "weft-test-browser-secret-000000000000000000";

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final WebSocket socket;

    private WeftTestClient(URI uri, String origin, String browser, HttpClient http) throws Exception {
        this(uri, origin, browser, http, null);
    }

    private WeftTestClient(URI uri, String origin, String browser, HttpClient http, String authorization)
            throws Exception {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (browser != null) {
            builder.header("Cookie", cookie(browser));
        }
        socket = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    }

    /** Opens a connection to the Weft endpoint of the server at {@code base} (e.g. http://localhost:8081/). */
    static WeftTestClient connect(URI base) throws Exception {
        return connect(base, null);
    }

    static WeftTestClient connect(URI base, String origin) throws Exception {
        return connect(base, origin, BROWSER);
    }

    /** Opens a connection as the browser holding secret {@code browser}; null for one without the cookie. */
    static WeftTestClient connectAs(URI base, String browser) throws Exception {
        return connect(base, null, browser);
    }

    /** Opens a connection whose upgrade request carries this {@code Authorization} header (a logged-in user). */
    static WeftTestClient connectWith(URI base, String authorization) throws Exception {
        return new WeftTestClient(socketUri(base), null, BROWSER, HttpClient.newHttpClient(), authorization);
    }

    /** Opens a connection through {@code http}, e.g. a client bound to another local address. */
    static WeftTestClient connectThrough(URI base, HttpClient http) throws Exception {
        return new WeftTestClient(socketUri(base), null, BROWSER, http);
    }

    /** The {@code Cookie} header of the browser holding secret {@code browser}. */
    static String cookie(String browser) {
        return "weft-browser=" + browser;
    }

    private static WeftTestClient connect(URI base, String origin, String browser) throws Exception {
        return new WeftTestClient(socketUri(base), origin, browser, HttpClient.newHttpClient());
    }

    private static URI socketUri(URI base) {
        return base.resolve("/_weft/ws").toString().startsWith("https")
                ? URI.create(base.resolve("/_weft/ws").toString().replaceFirst("^https", "wss"))
                : URI.create(base.resolve("/_weft/ws").toString().replaceFirst("^http", "ws"));
    }

    /** Sends a raw text frame. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends {@code hello} and returns the {@code welcome}. */
    JsonNode hello(String app, String session) throws InterruptedException {
        String id = session == null ? "null" : "\"" + session + "\"";
        send("{\"v\":1,\"type\":\"hello\",\"app\":\"" + app + "\",\"session\":" + id + "}");
        return await(type("welcome"));
    }

    /** Waits for the next message matching {@code predicate}, skipping (but remembering) others. */
    JsonNode await(Predicate<JsonNode> predicate) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode message = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                fail("No matching message within " + WAIT + "; received: " + seen());
            }
            if (predicate.test(message)) {
                return message;
            }
        }
    }

    /**
     * Waits until some message received so far, or arriving later, matches: unlike {@link #await},
     * it also finds a message that an earlier {@code await} skipped over.
     */
    JsonNode awaitSeen(Predicate<JsonNode> predicate) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (JsonNode message : seen()) {
                if (predicate.test(message)) {
                    return message;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("No matching message within " + WAIT + "; received: " + seen());
            }
            inbox.poll(20, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until every named slot has a {@code done} or {@code failed} status; returns those statuses by slot. */
    java.util.Map<String, JsonNode> awaitFinished(String... slots) throws InterruptedException {
        java.util.Map<String, JsonNode> finished = new java.util.TreeMap<>();
        List<String> wanted = List.of(slots);
        while (finished.size() < wanted.size()) {
            JsonNode status = await(m -> type("status").test(m)
                    && (m.get("state").asText().equals("done")
                            || m.get("state").asText().equals("failed"))
                    && wanted.contains(m.get("slot").asText()));
            finished.put(status.get("slot").asText(), status);
        }
        return finished;
    }

    /** Every message received so far, in order. */
    synchronized List<JsonNode> seen() {
        return List.copyOf(seen);
    }

    static Predicate<JsonNode> type(String type) {
        return m -> type.equals(m.path("type").asText());
    }

    /** A {@code type} message about {@code slot}; of {@code slot} messages, only final content (not partial output). */
    static Predicate<JsonNode> slot(String type, String slot) {
        return m -> type(type).test(m)
                && slot.equals(m.path("slot").asText())
                && !m.path("partial").asBoolean();
    }

    /** A running run's output so far for {@code slot}: a partial {@code slot} message. */
    static Predicate<JsonNode> partial(String slot) {
        return m -> type("slot").test(m)
                && slot.equals(m.path("slot").asText())
                && m.path("partial").asBoolean();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }

    /** Aborts the connection without a close handshake, like a dropped network. */
    void drop() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    synchronized (WeftTestClient.this) {
                        seen.add(message);
                    }
                    inbox.add(message);
                } catch (Exception e) {
                    throw new IllegalStateException("Server sent invalid JSON: " + partial, e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
