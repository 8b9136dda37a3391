package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code quarkus.weft.fragments.time-limit}: a run past it fails with a message in its slot, even one that ignores its interrupt. */
class TimeLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Endless.class, WeftTestClient.class)
                    .addClass(TimeLimitTest.class.getPackageName() + ".TimeLimitTest_Endless_WeftApp"))
            .overrideConfigKey("quarkus.weft.fragments.time-limit", "1s");

    static volatile boolean released;
    static final AtomicBoolean ENDLESS_RETURNED = new AtomicBoolean();

    @TestHTTPResource("/")
    URI base;

    @App(path = "/endless")
    public static class Endless {

        @Fragment(parallel = true, cpu = true)
        void endless(Ui ui) {
            long x = 0;
            while (!released) {
                x += System.nanoTime() % 7; // ignores its interrupt, and draws nothing
            }
            ENDLESS_RETURNED.set(true);
            ui.text("endless " + x);
        }

        @Fragment(parallel = true)
        void quick(Ui ui) {
            ui.text("quick");
        }
    }

    @AfterEach
    void release() {
        released = true;
    }

    @Test
    void runPastTheTimeLimit_failsWithAMessageInItsSlot() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/endless", null);
            JsonNode quick = client.await(WeftTestClient.slot("slot", "quick"));
            assertThat(quick.at("/elements/0/text").asText()).isEqualTo("quick");

            JsonNode endless = client.await(WeftTestClient.slot("slot", "endless"));
            assertThat(endless.at("/elements/0/t").asText()).isEqualTo("error");
            assertThat(endless.at("/elements/0/message").asText())
                    .contains("ran longer than the time limit of 1 s (quarkus.weft.fragments.time-limit)");
            JsonNode status = client.awaitSeen(
                    m -> WeftTestClient.slot("status", "endless").test(m)
                            && !m.get("state").asText().equals("running"));
            assertThat(status.get("state").asText()).isEqualTo("failed");
            assertThat(ENDLESS_RETURNED).as("the run was still computing").isFalse();
        }
    }
}
