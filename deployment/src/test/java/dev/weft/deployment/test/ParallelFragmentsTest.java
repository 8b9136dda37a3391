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
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Parallel fragments run at the same time; sequential ones one after another, in declaration order. */
class ParallelFragmentsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Board.class, WeftTestClient.class)
                    .addClass(ParallelFragmentsTest.class.getPackageName() + ".ParallelFragmentsTest_Board_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(title = "Board", path = "/board")
    public static class Board {

        @Fragment
        void first(Ui ui) throws InterruptedException {
            Thread.sleep(300);
            ui.header("First");
        }

        @Fragment(parallel = true)
        void a(Ui ui) throws InterruptedException {
            Thread.sleep(500);
            ui.text("a");
        }

        @Fragment(parallel = true)
        void b(Ui ui) throws InterruptedException {
            Thread.sleep(500);
            ui.text("b");
        }

        @Fragment(parallel = true)
        void c(Ui ui) throws InterruptedException {
            Thread.sleep(500);
            ui.lineChart(List.of(1, 2, 3));
        }

        @Fragment
        void second(Ui ui) throws InterruptedException {
            Thread.sleep(300);
            ui.markdown("**second**");
        }
    }

    @Test
    void welcome_listsSlotsInDeclarationOrder() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/board", null);
            assertThat(welcome.path("resumed").asBoolean()).isFalse();
            assertThat(welcome.at("/app/title").asText()).isEqualTo("Board");
            List<String> slots = StreamSupport.stream(welcome.get("slots").spliterator(), false)
                    .map(slot -> slot.get("id").asText())
                    .toList();
            assertThat(slots).containsExactly("first", "a", "b", "c", "second");
        }
    }

    @Test
    void parallelRuns_overlap_andSequentialRunsDoNot() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/board", null);
            Map<String, JsonNode> done = client.awaitFinished("first", "a", "b", "c", "second");
            done.values()
                    .forEach(status -> assertThat(status.get("state").asText()).isEqualTo("done"));

            long latestParallelStart = max(done, "startedAt", "a", "b", "c");
            long earliestParallelEnd = min(done, "endedAt", "a", "b", "c");
            assertThat(latestParallelStart)
                    .as("every parallel run started before any of them ended")
                    .isLessThan(earliestParallelEnd);

            assertThat(done.get("second").get("startedAt").asLong())
                    .as("the second sequential fragment starts after the first ended")
                    .isGreaterThanOrEqualTo(done.get("first").get("endedAt").asLong());
        }
    }

    @Test
    void slotContent_arrivesBeforeItsDoneStatus() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/board", null);
            JsonNode slot = client.await(WeftTestClient.slot("slot", "c"));
            assertThat(slot.get("gen").asLong()).isEqualTo(1);
            JsonNode chart = slot.get("elements").get(0);
            assertThat(chart.get("t").asText()).isEqualTo("line_chart");
            assertThat(chart.get("x").toString()).isEqualTo("[0,1,2]");
            assertThat(chart.at("/series/0/data").toString()).isEqualTo("[1,2,3]");
            JsonNode status = client.await(WeftTestClient.slot("status", "c"));
            assertThat(status.get("state").asText()).isEqualTo("done");
        }
    }

    private static long max(Map<String, JsonNode> done, String field, String... slots) {
        return List.of(slots).stream()
                .mapToLong(s -> done.get(s).get(field).asLong())
                .max()
                .orElseThrow();
    }

    private static long min(Map<String, JsonNode> done, String field, String... slots) {
        return List.of(slots).stream()
                .mapToLong(s -> done.get(s).get(field).asLong())
                .min()
                .orElseThrow();
    }
}
