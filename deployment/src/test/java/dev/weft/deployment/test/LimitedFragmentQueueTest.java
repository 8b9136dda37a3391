package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Ui;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four tabs run a fragment limited to one at a time across the server: each waiting tab's slot is
 * {@code queued} with its place in line, counting down as the line moves (with an estimated wait once
 * a run has finished), then {@code running} from the moment it has the permit, then {@code done}.
 */
class LimitedFragmentQueueTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(
                    Gpu.class, HandWrittenApp.class, HandWrittenApp.Stateless.class, WeftTestClient.class))
            .overrideConfigKey("quarkus.weft.limits.update-interval", "0")
            .overrideConfigKey("quarkus.weft.sessions.start-on-page-load", "false");

    static final Semaphore GO = new Semaphore(0);
    static final AtomicInteger INSIDE = new AtomicInteger();
    static final AtomicInteger MOST = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    @Singleton
    @Unremovable
    public static class Gpu extends HandWrittenApp {

        public Gpu() {
            super("/gpu", fragment("model", limit("gpu", 1, 10)), fragment("other", null));
        }

        @Override
        public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
            if (fragment == 1) {
                ui.text("not limited");
                return null;
            }
            MOST.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
            try {
                if (!GO.tryAcquire(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                ui.text("model ran");
                return null;
            } finally {
                INSIDE.decrementAndGet();
            }
        }
    }

    @Test
    void fourTabs_seeTheirPlaceCountDown_thenRun() throws Exception {
        List<WeftTestClient> tabs = new ArrayList<>();
        try {
            for (int tab = 0; tab < 4; tab++) {
                WeftTestClient client = WeftTestClient.connect(base);
                tabs.add(client);
                client.hello("/gpu", null);
                int place = tab;
                if (tab == 0) {
                    client.awaitSeen(m -> isModel(m, "running"));
                } else {
                    client.awaitSeen(
                            m -> isModel(m, "queued") && m.path("position").asInt() == place);
                }
                // The unlimited fragment never waits for the limited one.
                client.awaitSeen(m -> WeftTestClient.slot("status", "other").test(m)
                        && m.get("state").asText().equals("done"));
            }

            for (int run = 0; run < 4; run++) {
                GO.release();
                tabs.get(run).awaitSeen(m -> isModel(m, "done"));
                // Every tab still in line has been told it moved up before the line moves again.
                for (int tab = run + 2; tab < 4; tab++) {
                    int place = tab - run - 1;
                    tabs.get(tab)
                            .awaitSeen(m ->
                                    isModel(m, "queued") && m.path("position").asInt() == place);
                }
            }

            for (int tab = 0; tab < 4; tab++) {
                List<JsonNode> statuses = tabs.get(tab).seen().stream()
                        .filter(WeftTestClient.slot("status", "model"))
                        .toList();
                List<String> states = statuses.stream()
                        .map(LimitedFragmentQueueTest::describe)
                        .toList();
                List<String> expected = new ArrayList<>();
                expected.add("queued");
                for (int place = tab; place >= 1; place--) {
                    expected.add("queued #" + place);
                }
                expected.add("running");
                expected.add("done");
                assertThat(states).as("tab %d", tab + 1).containsExactlyElementsOf(expected);
                assertThat(statuses).allMatch(m -> m.get("gen").asLong() == 1);
                JsonNode running = statuses.get(statuses.size() - 2);
                JsonNode lastQueued = statuses.get(statuses.size() - 3);
                if (tab > 0) {
                    assertThat(running.get("startedAt").asLong())
                            .as("running starts when the permit is granted")
                            .isGreaterThanOrEqualTo(System.currentTimeMillis() - 60_000);
                }
                if (tab >= 2) {
                    assertThat(lastQueued.has("etaMs"))
                            .as("an estimate once a run has finished")
                            .isTrue();
                }
            }
            assertThat(tabs.get(3).seen().stream()
                            .filter(WeftTestClient.slot("slot", "model"))
                            .map(m -> m.at("/elements/0/text").asText()))
                    .containsExactly("model ran");
            assertThat(MOST.get()).isEqualTo(1);
        } finally {
            tabs.forEach(WeftTestClient::close);
        }
    }

    static boolean isModel(JsonNode message, String state) {
        return WeftTestClient.slot("status", "model").test(message)
                && message.get("state").asText().equals(state);
    }

    static String describe(JsonNode status) {
        String state = status.get("state").asText();
        return status.has("position") ? state + " #" + status.get("position").asInt() : state;
    }
}
