package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Ui;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One caller more than the line holds gets a clear "busy" error in its slot at once, its other
 * fragments and its session go on, and it gets its turn when it tries again.
 */
class LimitedBusyTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(
                    Solver.class, HandWrittenApp.class, HandWrittenApp.Stateless.class, WeftTestClient.class))
            .overrideConfigKey("quarkus.weft.sessions.start-on-page-load", "false");

    static final Semaphore GO = new Semaphore(0);

    @TestHTTPResource("/")
    URI base;

    @Singleton
    @Unremovable
    public static class Solver extends HandWrittenApp {

        public Solver() {
            super("/solver", source("size"), fragment("solve", limit("solver", 1, 1), 0), fragment("other", null));
        }

        @Override
        public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
            return switch (fragment) {
                case 0 -> ui.slider("Size", 1, 10, 1);
                case 1 -> {
                    if (!GO.tryAcquire(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                    ui.text("solved size " + inputs[0]);
                    yield null;
                }
                default -> {
                    ui.text("not limited");
                    yield null;
                }
            };
        }
    }

    @Test
    void oneMoreThanTheLine_showsBusyInItsSlot_andTheSessionGoesOn() throws Exception {
        try (WeftTestClient running = WeftTestClient.connect(base);
                WeftTestClient waiting = WeftTestClient.connect(base);
                WeftTestClient late = WeftTestClient.connect(base)) {
            running.hello("/solver", null);
            running.awaitSeen(m -> status(m, "solve", "running"));
            waiting.hello("/solver", null);
            waiting.awaitSeen(
                    m -> status(m, "solve", "queued") && m.path("position").asInt() == 1);

            late.hello("/solver", null);
            JsonNode failed = late.awaitSeen(m -> status(m, "solve", "failed"));
            JsonNode content =
                    late.awaitSeen(m -> WeftTestClient.slot("slot", "solve").test(m));
            assertThat(content.at("/elements/0/t").asText()).isEqualTo("error");
            assertThat(content.at("/elements/0/message").asText())
                    .isEqualTo("Busy: 1 person is already waiting for 'solver'. Try again in a" + " moment.");
            assertThat(content.at("/elements/0").has("trace"))
                    .as("no stack trace")
                    .isFalse();
            assertThat(failed.get("gen").asLong()).isEqualTo(1);
            late.awaitSeen(m -> status(m, "other", "done"));
            late.awaitSeen(m -> status(m, "size", "done"));

            GO.release(2);
            running.awaitSeen(m -> status(m, "solve", "done"));
            waiting.awaitSeen(m -> status(m, "solve", "done"));

            // Trying again (a new input) gets a turn now that the line is free.
            late.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"size\",\"id\":\"slider:Size:0\",\"gen\":1,\"value\":2}");
            GO.release();
            JsonNode solved =
                    late.awaitSeen(m -> WeftTestClient.slot("slot", "solve").test(m)
                            && m.at("/elements/0/text").asText().equals("solved size 2"));
            assertThat(solved.get("gen").asLong()).isEqualTo(2);
        }
    }

    static boolean status(JsonNode message, String slot, String state) {
        return WeftTestClient.slot("status", slot).test(message)
                && message.get("state").asText().equals(state);
    }
}
