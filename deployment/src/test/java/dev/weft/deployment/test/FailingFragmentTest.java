package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fragment that throws fails alone: its slot shows the error, everything else completes. */
class FailingFragmentTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, WeftTestClient.class)
                    .addClass(FailingFragmentTest.class.getPackageName() + ".FailingFragmentTest_Broken_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/broken")
    public static class Broken {

        @Fragment
        void before(Ui ui) {
            ui.text("before");
        }

        @Fragment(parallel = true)
        void explodes(Ui ui) {
            ui.header("Partial");
            throw new IllegalStateException("The data source is down");
        }

        @Fragment(parallel = true)
        void fine(Ui ui) throws InterruptedException {
            Thread.sleep(200);
            ui.text("fine");
        }

        @Fragment
        void after(Ui ui) {
            ui.text("after");
        }
    }

    @Test
    void throwingFragment_failsAlone() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/broken", null);
            assertThat(welcome.at("/app/title").asText())
                    .as("title defaults to the class name")
                    .isEqualTo("Broken");
            Map<String, JsonNode> finished = client.awaitFinished("before", "explodes", "fine", "after");
            assertThat(finished.get("explodes").get("state").asText()).isEqualTo("failed");
            assertThat(finished.get("before").get("state").asText()).isEqualTo("done");
            assertThat(finished.get("fine").get("state").asText()).isEqualTo("done");
            assertThat(finished.get("after").get("state").asText()).isEqualTo("done");

            JsonNode content = client.seen().stream()
                    .filter(WeftTestClient.slot("slot", "explodes"))
                    .findFirst()
                    .orElseThrow();
            JsonNode elements = content.get("elements");
            assertThat(elements.get(0).get("t").asText())
                    .as("what it drew before failing stays")
                    .isEqualTo("header");
            assertThat(elements.get(1).get("t").asText()).isEqualTo("error");
            assertThat(elements.get(1).get("message").asText())
                    .isEqualTo("IllegalStateException: The data source is down");
            assertThat(elements.get(1).has("trace"))
                    .as("no stack trace outside dev mode")
                    .isFalse();

            client.send("{\"v\":1,\"type\":\"ping\"}");
            assertThat(client.await(WeftTestClient.type("pong")))
                    .as("the session goes on")
                    .isNotNull();
        }
    }
}
