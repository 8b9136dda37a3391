package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A running fragment's output so far reaches the browser while it runs, as partial {@code slot}
 * messages of the run's generation; the final {@code slot} comes last, and a superseded run's
 * output never arrives after the newer run's first message.
 */
class StreamingTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Live.class, WeftTestClient.class)
                    .addClass(StreamingTest.class.getPackageName() + ".StreamingTest_Live_WeftApp"))
            .overrideConfigKey("quarkus.weft.partial-interval", "50ms");

    static final int STEPS = 6;

    @TestHTTPResource("/")
    URI base;

    @App(path = "/streaming")
    public static class Live {

        @Fragment(parallel = true)
        void steps(Ui ui) throws InterruptedException {
            for (int step = 1; step <= STEPS; step++) {
                ui.text("step " + step);
                Thread.sleep(150);
            }
        }

        @Fragment(parallel = true)
        void progress(Ui ui) throws InterruptedException {
            ui.header("Loading");
            Ui status = ui.empty();
            for (int percent = 20; percent <= 100; percent += 20) {
                status.text(percent + " %");
                Thread.sleep(150);
            }
            status.text("loaded");
        }

        @Fragment(parallel = true)
        void fast(Ui ui) {
            ui.text("at once");
        }

        /** Draws until it is superseded while its slider is 0; finishes at once otherwise. */
        @Fragment(parallel = true)
        void ticker(Ui ui) throws InterruptedException {
            int mode = ui.slider("Mode", 0, 1, 0);
            Ui line = ui.empty();
            for (int tick = 0; mode == 0; tick++) {
                line.text("tick " + tick);
                Thread.sleep(20);
            }
            line.text("stopped");
        }
    }

    @Test
    void slowRun_sendsGrowingPartials_thenTheFinalContent_andNothingAfter() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/streaming", null);
            JsonNode last = client.await(finalSlot("steps"));
            assertThat(texts(last.get("elements"))).hasSize(STEPS);
            settle(client);

            List<JsonNode> messages = slotMessages(client, "steps");
            assertThat(messages.getLast()).as("the final content is the last").isSameAs(last);
            List<JsonNode> partials = messages.subList(0, messages.size() - 1);
            assertThat(partials).as("partials while the run went on").hasSizeGreaterThanOrEqualTo(2);
            int previous = 0;
            for (JsonNode partial : partials) {
                assertThat(partial.get("partial").asBoolean()).isTrue();
                assertThat(partial.get("gen").asLong())
                        .isEqualTo(last.get("gen").asLong());
                int shown = partial.get("elements").size();
                assertThat(shown)
                        .as("content grows")
                        .isGreaterThanOrEqualTo(previous)
                        .isLessThanOrEqualTo(STEPS);
                assertThat(texts(partial.get("elements")))
                        .as("what a partial shows is what the run drew first")
                        .isEqualTo(texts(last.get("elements")).subList(0, shown));
                previous = shown;
            }
            assertThat(last.has("partial"))
                    .as("the final content is not partial")
                    .isFalse();
        }
    }

    @Test
    void runThatEndsBeforeTheInterval_sendsNoPartial() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/streaming", null);
            client.awaitFinished("fast", "steps");
            settle(client);
            List<JsonNode> messages = slotMessages(client, "fast");
            assertThat(messages).hasSize(1);
            assertThat(messages.getFirst().has("partial")).isFalse();
        }
    }

    @Test
    void emptyPlaceholder_isRefilledWhileTheRunGoesOn() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/streaming", null);
            JsonNode last = client.await(finalSlot("progress"));
            settle(client);
            assertThat(last.at("/elements/1/t").asText()).isEqualTo("empty");
            assertThat(texts(last.at("/elements/1/children"))).containsExactly("loaded");

            List<String> shown = new ArrayList<>();
            for (JsonNode partial : slotMessages(client, "progress")) {
                if (partial.path("partial").asBoolean()) {
                    JsonNode children = partial.at("/elements/1/children");
                    assertThat(children.size())
                            .as("an empty() holds one element")
                            .isLessThanOrEqualTo(1);
                    shown.addAll(texts(children));
                }
            }
            assertThat(shown)
                    .as("the placeholder's text changed while the run went on")
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(shown).isSortedAccordingTo((a, b) -> Integer.compare(percent(a), percent(b)));
        }
    }

    @Test
    void supersededRun_neverSendsAPartialAfterTheNewerRunsFirstMessage() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/streaming", null);
            JsonNode partial = client.await(WeftTestClient.partial("ticker"));
            long oldGen = partial.get("gen").asLong();
            assertThat(partial.at("/elements/0/id").asText()).isEqualTo("slider:Mode:0");

            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"ticker\",\"id\":\"slider:Mode:0\",\"gen\":" + oldGen
                    + ",\"value\":1}");
            JsonNode last = client.await(finalSlot("ticker"));
            assertThat(texts(last.at("/elements/1/children"))).containsExactly("stopped");
            settle(client);

            boolean newerStarted = false;
            for (JsonNode message : client.seen()) {
                if (!"ticker".equals(message.path("slot").asText()) || !message.has("gen")) {
                    continue;
                }
                long gen = message.get("gen").asLong();
                newerStarted |= gen > oldGen;
                if (newerStarted) {
                    assertThat(gen)
                            .as("after the newer run's first message nothing of run %s arrives: %s", oldGen, message)
                            .isGreaterThan(oldGen);
                }
            }
            assertThat(newerStarted).isTrue();
        }
    }

    @Test
    void widgetDrawnByARunStillGoing_acceptsAValue() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/streaming", null);
            // The ticker's first run never ends by itself: its slider is known only from partial output.
            client.await(WeftTestClient.partial("ticker"));
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"ticker\",\"id\":\"slider:Mode:0\",\"gen\":1,"
                    + "\"value\":7}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText())
                    .as("checked against the widget as drawn")
                    .isEqualTo("bad_value");
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"ticker\",\"id\":\"slider:Mode:0\",\"gen\":1,"
                    + "\"value\":1}");
            JsonNode last = client.await(finalSlot("ticker"));
            assertThat(last.at("/elements/0/value").asInt()).isEqualTo(1);
        }
    }

    /** A ping's pong has arrived: every message sent before it has too. Then a little more time for a late partial. */
    private static void settle(WeftTestClient client) throws InterruptedException {
        Thread.sleep(200);
        client.send("{\"v\":1,\"type\":\"ping\"}");
        client.await(WeftTestClient.type("pong"));
    }

    static Predicate<JsonNode> finalSlot(String slot) {
        return WeftTestClient.slot("slot", slot);
    }

    /** Every {@code slot} message of {@code slot}, partial or final, in order. */
    private static List<JsonNode> slotMessages(WeftTestClient client, String slot) {
        return client.seen().stream()
                .filter(WeftTestClient.slot("slot", slot).or(WeftTestClient.partial(slot)))
                .toList();
    }

    private static List<String> texts(JsonNode elements) {
        List<String> texts = new ArrayList<>();
        elements.forEach(element -> texts.add(element.path("text").asText()));
        return texts;
    }

    private static int percent(String text) {
        return Integer.parseInt(text.replace(" %", ""));
    }
}
