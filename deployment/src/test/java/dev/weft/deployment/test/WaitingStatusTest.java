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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A slot that must rerun but has an input still recomputing is announced at once ({@code waiting}),
 * so the browser marks its content stale before its own run starts; a fragment that draws nothing
 * is flagged in the welcome.
 */
class WaitingStatusTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Chain.class, WeftTestClient.class)
                    .addClass(WaitingStatusTest.class.getPackageName() + ".WaitingStatusTest_Chain_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/chain")
    public static class Chain {

        @Fragment
        int source(Ui ui) {
            return ui.slider("N", 0, 10, 1);
        }

        @Fragment(parallel = true)
        long squared(int source) throws InterruptedException {
            Thread.sleep(300);
            return (long) source * source;
        }

        @Fragment(parallel = true)
        void shown(Ui ui, int source, long squared) {
            ui.text(source + " squared " + squared);
        }
    }

    @Test
    void dependentOfARecomputingInput_isAnnouncedWaiting_beforeItRuns() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/chain", null);
            List<Boolean> draws = List.of(
                    welcome.at("/slots/0/draws").asBoolean(),
                    welcome.at("/slots/1/draws").asBoolean(),
                    welcome.at("/slots/2/draws").asBoolean());
            assertThat(draws).containsExactly(true, false, true);
            client.awaitFinished("source", "squared", "shown");

            client.send(
                    "{\"v\":1,\"type\":\"widget\",\"slot\":\"source\",\"id\":\"slider:N:0\",\"gen\":1,\"value\":3}");
            JsonNode shown = client.await(m ->
                    WeftTestClient.slot("slot", "shown").test(m) && m.get("gen").asLong() == 2);
            assertThat(shown.at("/elements/0/text").asText()).isEqualTo("3 squared 9");
            // The run's final status follows its content.
            client.await(m -> WeftTestClient.slot("status", "shown").test(m)
                    && m.get("gen").asLong() == 2
                    && m.get("state").asText().equals("done"));

            List<String> shownStatuses = client.seen().stream()
                    .filter(WeftTestClient.slot("status", "shown"))
                    .filter(m -> m.get("gen").asLong() == 2)
                    .map(m -> m.get("state").asText())
                    .toList();
            assertThat(shownStatuses).containsExactly("waiting", "running", "done");
        }
    }
}
