package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fragments that compute and ignore their interrupt: they neither stall other sessions nor pile up
 * when superseded, and a {@code Ui} call ends a superseded run.
 *
 * <p>The hogs spin until the test releases them, so each test sees them still computing. On a machine
 * with more cores than hogs, the first test would pass even on virtual threads; on this project's
 * two-core machines two hogs on virtual threads hold every carrier.
 */
class CpuFragmentsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hogs.class, Quick.class, Repeat.class, Drawing.class)
                    .addClasses(WeftTestClient.class)
                    .addClass(CpuFragmentsTest.class.getPackageName() + ".CpuFragmentsTest_Hogs_WeftApp")
                    .addClass(CpuFragmentsTest.class.getPackageName() + ".CpuFragmentsTest_Quick_WeftApp")
                    .addClass(CpuFragmentsTest.class.getPackageName() + ".CpuFragmentsTest_Repeat_WeftApp")
                    .addClass(CpuFragmentsTest.class.getPackageName() + ".CpuFragmentsTest_Drawing_WeftApp"));

    // One flag per app, set once and never cleared: a hog that has not yet seen its release when the
    // next test starts must still end, or it would keep a thread of the CPU pool from that test.
    static volatile boolean hogsReleased;
    static volatile boolean repeatReleased;
    static volatile boolean drawingReleased;
    static final CountDownLatch HOGS_STARTED = new CountDownLatch(2);
    static final AtomicInteger HOGS_DONE = new AtomicInteger();
    static final AtomicInteger REPEAT_RUNNING = new AtomicInteger();
    static final AtomicInteger REPEAT_MOST_AT_ONCE = new AtomicInteger();
    static final CountDownLatch REPEAT_STARTED = new CountDownLatch(1);
    static final CountDownLatch DRAWING_STARTED = new CountDownLatch(1);
    static final CountDownLatch DRAWING_ENDED = new CountDownLatch(1);

    @TestHTTPResource("/")
    URI base;

    /** Spins, ignoring interrupts, until {@code released} says so. */
    static long spin(java.util.function.BooleanSupplier released) {
        long x = 0;
        while (!released.getAsBoolean()) {
            x += System.nanoTime() % 7;
        }
        return x;
    }

    @App(path = "/hogs")
    public static class Hogs {

        @Fragment(parallel = true, cpu = true)
        void first(Ui ui) {
            HOGS_STARTED.countDown();
            ui.text("first " + spin(() -> hogsReleased));
            HOGS_DONE.incrementAndGet();
        }

        @Fragment(parallel = true, cpu = true)
        void second(Ui ui) {
            HOGS_STARTED.countDown();
            ui.text("second " + spin(() -> hogsReleased));
            HOGS_DONE.incrementAndGet();
        }
    }

    @App(path = "/quick")
    public static class Quick {

        @Fragment
        void echo(Ui ui) {
            ui.text("value " + ui.slider("Value", 0, 10, 0));
        }
    }

    @App(path = "/repeat")
    public static class Repeat {

        @Fragment(cpu = true)
        void repeat(Ui ui) {
            int value = ui.slider("Value", 0, 10, 0);
            if (value > 0) {
                int running = REPEAT_RUNNING.incrementAndGet();
                REPEAT_MOST_AT_ONCE.accumulateAndGet(running, Math::max);
                REPEAT_STARTED.countDown();
                spin(() -> repeatReleased);
                REPEAT_RUNNING.decrementAndGet();
            }
            ui.text("value " + value);
        }
    }

    @App(path = "/drawing")
    public static class Drawing {

        @Fragment
        void drawing(Ui ui) {
            int value = ui.slider("Value", 0, 10, 0);
            if (value == 1) {
                DRAWING_STARTED.countDown();
                try {
                    Ui line = ui.empty();
                    for (long step = 0; !drawingReleased; step++) {
                        try {
                            line.text("step " + step);
                        } catch (RuntimeException e) {
                            // a fragment that swallows exceptions is still ended by a superseded run's Ui call
                        }
                    }
                } finally {
                    DRAWING_ENDED.countDown();
                }
            }
            ui.text("value " + value);
        }
    }

    /** Ends the spinning fragments of the test that just ran, whether it passed or not. */
    @AfterEach
    void release(TestInfo test) {
        String name = test.getTestMethod().orElseThrow().getName();
        if (name.startsWith("twoCpuHogs")) {
            hogsReleased = true;
        } else if (name.startsWith("cpuHogSuperseded")) {
            repeatReleased = true;
        } else {
            drawingReleased = true;
        }
    }

    @Test
    void twoCpuHogsInOneSession_anotherSessionsRerunCompletesWhileTheyCompute() throws Exception {
        try (WeftTestClient hogs = WeftTestClient.connect(base);
                WeftTestClient other = WeftTestClient.connect(base)) {
            hogs.hello("/hogs", null);
            assertThat(HOGS_STARTED.await(30, TimeUnit.SECONDS))
                    .as("both hogs started")
                    .isTrue();

            other.hello("/quick", null);
            JsonNode first = other.await(WeftTestClient.slot("slot", "echo"));
            String widget = first.at("/elements/0/id").asText();
            other.send(widget("echo", widget, 3, first.get("gen").asLong()));
            other.await(m -> WeftTestClient.slot("slot", "echo").test(m)
                    && m.at("/elements/1/text").asText().equals("value 3"));

            assertThat(HOGS_DONE.get())
                    .as("the other session's rerun finished while both hogs still computed")
                    .isZero();
        }
    }

    @Test
    void cpuHogSupersededTwice_runsOneAtATimeAndShowsTheLatestValue() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/repeat", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "repeat"));
            String widget = first.at("/elements/0/id").asText();
            long gen = first.get("gen").asLong();
            client.send(widget("repeat", widget, 1, gen));
            assertThat(REPEAT_STARTED.await(30, TimeUnit.SECONDS))
                    .as("the hog started")
                    .isTrue();
            client.send(widget("repeat", widget, 2, gen));
            client.send(widget("repeat", widget, 3, gen));
            client.send("{\"v\":1,\"type\":\"ping\"}");
            client.await(WeftTestClient.type("pong"));

            assertThat(client.seen())
                    .as("no newer run starts while the superseded hog still computes")
                    .noneMatch(m -> WeftTestClient.slot("status", "repeat").test(m)
                            && m.get("state").asText().equals("running")
                            && m.get("gen").asLong() > 2);
            assertThat(client.seen())
                    .as("the slot shows it waits to rerun")
                    .anyMatch(m -> WeftTestClient.slot("status", "repeat").test(m)
                            && m.get("state").asText().equals("waiting"));

            repeatReleased = true;
            JsonNode latest =
                    client.await(m -> WeftTestClient.slot("slot", "repeat").test(m)
                            && m.at("/elements/1/text").asText().startsWith("value "));
            assertThat(latest.at("/elements/1/text").asText()).isEqualTo("value 3");
            assertThat(REPEAT_MOST_AT_ONCE.get())
                    .as("runs of the fragment at once")
                    .isEqualTo(1);
        }
    }

    @Test
    void supersededRunThatIgnoresItsInterrupt_endsAtItsNextUiCall() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/drawing", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "drawing"));
            String widget = first.at("/elements/0/id").asText();
            long gen = first.get("gen").asLong();
            client.send(widget("drawing", widget, 1, gen));
            assertThat(DRAWING_STARTED.await(30, TimeUnit.SECONDS))
                    .as("the drawing loop started")
                    .isTrue();
            client.send(widget("drawing", widget, 2, gen));

            client.await(m -> WeftTestClient.slot("slot", "drawing").test(m)
                    && m.at("/elements/1/text").asText().equals("value 2"));
            assertThat(DRAWING_ENDED.getCount())
                    .as("the superseded loop ended before the test released it")
                    .isZero();
            assertThat(drawingReleased).isFalse();
        }
    }

    static String widget(String slot, String id, Object value, long gen) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"" + slot + "\",\"id\":\"" + id + "\",\"gen\":" + gen
                + ",\"value\":" + value + "}";
    }
}
