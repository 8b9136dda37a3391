package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tens of thousands of hostile messages over one real WebSocket: random JSON, wrong types, huge
 * numbers, unknown ids, deep nesting, oversize messages, and frames that are not UTF-8 on connections
 * of their own. Each is refused with an error, no fragment reruns, no slot changes, nothing is
 * logged as a warning or an error, and the session works as before afterwards. The seed is printed
 * (and can be set with {@code -Dfuzz.seed=}) so a failure can be replayed.
 */
class ProtocolFuzzTest {

    static final int MESSAGES = 20_000;
    static final int MAX_MESSAGE_SIZE = 4096;

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Target.class, WeftTestClient.class, RawSocket.class, Hostile.class)
                            .addClass(ProtocolFuzzTest.class.getPackageName() + ".ProtocolFuzzTest_Target_WeftApp"))
            .overrideConfigKey("quarkus.weft.max-message-size", Integer.toString(MAX_MESSAGE_SIZE))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("dev.weft"))
            .assertLogRecords(
                    records -> assertThat(records).as("warnings and errors").isEmpty());

    static final AtomicInteger RUNS = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    @App(path = "/target")
    public static class Target {

        @Fragment
        void form(Ui ui) {
            RUNS.incrementAndGet();
            ui.slider("Year", 2015, 2025, 2024);
            ui.checkbox("Forecast", false);
            ui.textInput("Name", "", 5);
            ui.key("go").button("Go");
        }
    }

    @Test
    void hostileMessages_areRefused_changeNothing_andTheSessionGoesOn() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("ProtocolFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Hostile hostile = new Hostile(new Random(seed), MAX_MESSAGE_SIZE);
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/target", null);
            JsonNode before = client.await(WeftTestClient.slot("slot", "form"));
            client.awaitFinished("form");
            int runs = RUNS.get();
            int seenBefore = client.seen().size();

            for (int i = 0; i < MESSAGES; i++) {
                client.send(hostile.message());
            }
            client.send("{\"v\":1,\"type\":\"ping\"}");
            client.await(WeftTestClient.type("pong"));

            List<JsonNode> replies =
                    client.seen().subList(seenBefore, client.seen().size());
            assertThat(replies.stream().filter(WeftTestClient.type("error")).count())
                    .as("one error for each hostile message")
                    .isEqualTo(MESSAGES);
            assertThat(replies.stream()
                            .filter(m -> !WeftTestClient.type("error").test(m)
                                    && !WeftTestClient.type("pong").test(m))
                            .toList())
                    .as("no slot content, status or other message")
                    .isEmpty();
            assertThat(RUNS.get()).as("no fragment reran").isEqualTo(runs);

            // Frames that are not UTF-8 close their own connections; the session is unharmed.
            for (int i = 0; i < 20; i++) {
                try (RawSocket raw = new RawSocket(base)) {
                    assertThat(raw.upgrade(base.getHost() + ":" + base.getPort(), null))
                            .isEqualTo(101);
                    raw.frame(RawSocket.TEXT, hostile.notUtf8());
                    assertThat(raw.awaitClose()).isEqualTo(1007);
                }
            }

            // The session works as before: a good value reruns the fragment, whose content is as it was.
            client.send(
                    "{\"v\":1,\"type\":\"widget\",\"slot\":\"form\",\"id\":\"slider:Year:0\",\"gen\":1,\"value\":2020}");
            JsonNode after = client.await(m ->
                    WeftTestClient.slot("slot", "form").test(m) && m.get("gen").asLong() == 2);
            assertThat(after.toString())
                    .isEqualTo(before.toString()
                            .replace("\"gen\":1", "\"gen\":2")
                            .replace("\"value\":2024", "\"value\":2020"));
        }
    }
}
