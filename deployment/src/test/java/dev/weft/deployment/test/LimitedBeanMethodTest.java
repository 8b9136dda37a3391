package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Limited;
import dev.weft.LimitedException;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @Limited} on a plain CDI bean method: calls from two sessions share its permits, the waiting
 * fragment's slot shows its place in line and then runs again, and a method's own group is named
 * after it.
 */
class LimitedBeanMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Forecasts.class, Solo.class, Model.class, WeftTestClient.class)
                    .addClass(LimitedBeanMethodTest.class.getPackageName() + ".LimitedBeanMethodTest_Forecasts_WeftApp")
                    .addClass(LimitedBeanMethodTest.class.getPackageName() + ".LimitedBeanMethodTest_Solo_WeftApp"))
            .overrideConfigKey("quarkus.weft.limits.update-interval", "0")
            .overrideConfigKey("quarkus.weft.sessions.start-on-page-load", "false");

    static final Semaphore GO = new Semaphore(0);
    static final AtomicInteger INSIDE = new AtomicInteger();
    static final AtomicInteger MOST = new AtomicInteger();
    static final Semaphore SOLVING = new Semaphore(0);
    static final Semaphore HOLD = new Semaphore(0);

    @TestHTTPResource("/")
    URI base;

    @Inject
    Model model;

    @ApplicationScoped
    public static class Model {

        @Limited(group = "model", permits = 1, queue = 10)
        public String predict(String who) throws InterruptedException {
            MOST.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
            try {
                if (!GO.tryAcquire(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the model run");
                }
                return "forecast for " + who;
            } finally {
                INSIDE.decrementAndGet();
            }
        }

        @Limited(queue = 0)
        public String solve(boolean hold) throws InterruptedException {
            if (hold) {
                SOLVING.release();
                HOLD.acquire();
            }
            return "solved";
        }

        @Limited(scope = Limited.Scope.SESSION)
        public String perTab() {
            return "mine";
        }
    }

    @App(path = "/forecasts")
    public static class Forecasts {

        @Inject
        Model model;

        @Fragment(parallel = true)
        void forecast(Ui ui) throws InterruptedException {
            ui.text(model.predict("you"));
        }
    }

    /** A limited fragment: the scheduler limits it, and CDI must not limit it a second time. */
    @App(path = "/solo")
    public static class Solo {

        @Fragment(parallel = true)
        @Limited(group = "solo", permits = 1, queue = 0)
        void alone(Ui ui) {
            ui.text("ran once, limited once");
        }
    }

    @Test
    void aLimitedFragment_isNotInterceptedToo() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/solo", null);
            JsonNode content = client.awaitSeen(WeftTestClient.slot("slot", "alone"));
            assertThat(content.at("/elements/0/text").asText())
                    .as("a second limit around the same call would refuse it: busy")
                    .isEqualTo("ran once, limited once");
        }
    }

    @Test
    void twoSessions_shareTheMethodsPermit_andTheWaitingSlotShowsItsPlace() throws Exception {
        try (WeftTestClient first = WeftTestClient.connect(base);
                WeftTestClient second = WeftTestClient.connect(base)) {
            first.hello("/forecasts", null);
            first.await(m -> WeftTestClient.slot("status", "forecast").test(m)
                    && m.get("state").asText().equals("running"));
            awaitInside(1);
            second.hello("/forecasts", null);
            JsonNode queued =
                    second.await(m -> WeftTestClient.slot("status", "forecast").test(m)
                            && m.get("state").asText().equals("queued"));
            assertThat(queued.get("position").asInt()).isEqualTo(1);
            assertThat(queued.get("gen").asLong()).as("the same run waits").isEqualTo(1);

            GO.release(2);
            first.awaitFinished("forecast");
            JsonNode secondDone = second.awaitFinished("forecast").get("forecast");
            assertThat(secondDone.get("state").asText()).isEqualTo("done");
            List<String> states = second.seen().stream()
                    .filter(WeftTestClient.slot("status", "forecast"))
                    .map(m -> m.get("state").asText())
                    .toList();
            assertThat(states).containsExactly("running", "queued", "running", "done");
            JsonNode content = second.seen().stream()
                    .filter(WeftTestClient.slot("slot", "forecast"))
                    .findFirst()
                    .orElseThrow();
            assertThat(content.at("/elements/0/text").asText()).isEqualTo("forecast for you");
            assertThat(MOST.get()).as("never two at once").isEqualTo(1);
        }
    }

    @Test
    void aMethodsOwnGroup_isNamedAfterIt_andAFullLineRefusesAtOnce() throws Exception {
        Thread holder = Thread.ofVirtual().start(() -> {
            try {
                model.solve(true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(SOLVING.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> model.solve(false))
                .isInstanceOfSatisfying(
                        LimitedException.class, e -> assertThat(e.reason()).isEqualTo(LimitedException.Reason.BUSY))
                .hasMessage("Busy: '" + Model.class.getName() + "#solve' is in use and takes nobody in line."
                        + " Try again in a moment.");
        HOLD.release();
        holder.join(10_000);
        assertThat(model.solve(false)).isEqualTo("solved");
    }

    @Test
    void aSessionLimit_outsideAFragment_isAClearError() {
        assertThatThrownBy(() -> model.perTab())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Model.class.getName() + "#perTab")
                .hasMessageContaining("outside a fragment run");
    }

    static void awaitInside(int inside) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (INSIDE.get() != inside) {
            assertThat(System.nanoTime()).as("%d calls inside", inside).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
