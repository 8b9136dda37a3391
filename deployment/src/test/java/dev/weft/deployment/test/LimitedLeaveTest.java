package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A waiter leaves the line at once when its fragment is superseded (its widget moved again), when its
 * tab's connection closes, and when its session ends: those behind it move up, and a tab that comes
 * back queues again at the back. No permit is lost on the way.
 */
class LimitedLeaveTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(
                    Model.class, HandWrittenApp.class, HandWrittenApp.Stateless.class, WeftTestClient.class))
            .overrideConfigKey("quarkus.weft.limits.update-interval", "0")
            .overrideConfigKey("quarkus.weft.sessions.start-on-page-load", "false");

    static final Semaphore GO = new Semaphore(0);
    static final AtomicInteger INSIDE = new AtomicInteger();
    static final AtomicInteger MOST = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    @Inject
    AppTester tester;

    @Singleton
    @Unremovable
    public static class Model extends HandWrittenApp {

        public Model() {
            super("/model", source("prompt"), fragment("answer", limit("leave", 1, 2), 0));
        }

        @Override
        public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
            if (fragment == 0) {
                return ui.slider("Prompt", 1, 10, 1);
            }
            MOST.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
            try {
                if (!GO.tryAcquire(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                ui.text("answer to " + inputs[0]);
                return null;
            } finally {
                INSIDE.decrementAndGet();
            }
        }
    }

    @Test
    void supersededAndDisconnectedWaiters_leaveAtOnce_andAReturningTabQueuesAtTheBack() throws Exception {
        try (WeftTestClient holder = WeftTestClient.connect(base);
                WeftTestClient b = WeftTestClient.connect(base);
                WeftTestClient c = WeftTestClient.connect(base)) {
            holder.hello("/model", null);
            holder.awaitSeen(m -> status(m, "running", 1));
            String bSession = b.hello("/model", null).get("session").asText();
            b.awaitSeen(m -> queuedAt(m, 1, 1));
            String cSession = c.hello("/model", null).get("session").asText();
            c.awaitSeen(m -> queuedAt(m, 1, 2));

            // B moves its slider: its waiting run is superseded and leaves; C moves up; B's new run queues last.
            b.send(prompt(2));
            c.awaitSeen(m -> queuedAt(m, 1, 1));
            b.awaitSeen(m -> queuedAt(m, 2, 2));

            // C's connection drops: it leaves the line at once and B moves up.
            c.drop();
            b.awaitSeen(m -> queuedAt(m, 2, 1));

            // C comes back: its section queues again, behind B.
            try (WeftTestClient cAgain = WeftTestClient.connect(base)) {
                JsonNode welcome = cAgain.hello("/model", cSession);
                assertThat(welcome.get("resumed").asBoolean()).isTrue();
                cAgain.awaitSeen(m -> queuedAt(m, 2, 2));

                GO.release(3);
                holder.awaitSeen(m -> status(m, "done", 1));
                JsonNode bAnswer =
                        b.awaitSeen(m -> WeftTestClient.slot("slot", "answer").test(m));
                assertThat(bAnswer.at("/elements/0/text").asText()).isEqualTo("answer to 2");
                cAgain.awaitSeen(m -> status(m, "done", 2));
            }
            assertThat(b.seen().stream()
                            .filter(m -> WeftTestClient.slot("slot", "answer").test(m)))
                    .as("the superseded run drew nothing")
                    .hasSize(1);
            assertThat(bSession).isNotEqualTo(cSession);
            assertThat(MOST.get()).isEqualTo(1);
        }
    }

    @Test
    void aSessionThatEnds_leavesTheLineAtOnce() throws Exception {
        try (WeftTestClient holder = WeftTestClient.connect(base);
                WeftTestClient behind = WeftTestClient.connect(base)) {
            holder.hello("/model", null);
            holder.awaitSeen(m -> status(m, "running", 1));
            AppSession ending = tester.open("/model");
            awaitState(ending, "queued");
            behind.hello("/model", null);
            behind.awaitSeen(m -> queuedAt(m, 1, 2));

            ending.close();
            behind.awaitSeen(m -> queuedAt(m, 1, 1));

            GO.release(2);
            behind.awaitSeen(m -> status(m, "done", 1));
            assertThat(INSIDE.get()).isZero();
        }
    }

    static void awaitState(AppSession session, String state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!session.slot("answer").state().equals(state)) {
            assertThat(System.nanoTime()).as("state %s", state).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    static String prompt(int value) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"prompt\",\"id\":\"slider:Prompt:0\",\"gen\":1,\"value\":"
                + value + "}";
    }

    /** A status of the answer slot in that state, of run {@code gen} or a later one. */
    static boolean status(JsonNode message, String state, long gen) {
        return WeftTestClient.slot("status", "answer").test(message)
                && message.get("state").asText().equals(state)
                && message.get("gen").asLong() >= gen;
    }

    /** Queued at {@code position} in run {@code gen} or a later one (a superseded run's successor skips one). */
    static boolean queuedAt(JsonNode message, long gen, int position) {
        return status(message, "queued", gen) && message.path("position").asInt() == position;
    }
}
