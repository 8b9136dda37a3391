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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A newer run supersedes an older one: the older is interrupted and its output never reaches the browser. */
class SupersedeTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Echo.class, WeftTestClient.class)
                    .addClass(SupersedeTest.class.getPackageName() + ".SupersedeTest_Echo_WeftApp"));

    static final CountDownLatch SLOW_RUN_STARTED = new CountDownLatch(1);
    static final CountDownLatch SLOW_RUN_INTERRUPTED = new CountDownLatch(1);

    @TestHTTPResource("/")
    URI base;

    @App(path = "/echo")
    public static class Echo {

        @Fragment
        void echo(Ui ui) throws InterruptedException {
            int value = ui.slider("Value", 0, 10, 0);
            if (value == 1) {
                try {
                    SLOW_RUN_STARTED.countDown();
                    Thread.sleep(30_000); // the slow run, overtaken by a fast one
                } catch (InterruptedException e) {
                    SLOW_RUN_INTERRUPTED.countDown();
                    throw e;
                }
            }
            ui.text("value " + value);
        }
    }

    @Test
    void slowRunOvertakenByFastOne_neverReachesTheBrowser() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/echo", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "echo"));
            String widget = first.at("/elements/0/id").asText();
            assertThat(widget).isEqualTo("slider:Value:0");

            client.send(widgetMessage(widget, 1, first.get("gen").asLong()));
            client.await(m -> WeftTestClient.slot("status", "echo").test(m)
                    && m.get("gen").asLong() == 2);
            assertThat(SLOW_RUN_STARTED.await(30, TimeUnit.SECONDS))
                    .as("the slow run started")
                    .isTrue();
            client.send(widgetMessage(widget, 2, first.get("gen").asLong()));
            JsonNode latest =
                    client.await(m -> WeftTestClient.slot("slot", "echo").test(m)
                            && m.at("/elements/1/text").asText().equals("value 2"));

            client.send("{\"v\":1,\"type\":\"ping\"}");
            client.await(WeftTestClient.type("pong"));
            List<JsonNode> contents = client.seen().stream()
                    .filter(WeftTestClient.slot("slot", "echo"))
                    .toList();
            assertThat(contents).as("the slow run's 'value 1' is never sent").noneMatch(m -> m.toString()
                    .contains("value 1"));
            assertThat(latest.get("gen").asLong()).isGreaterThan(2);
            assertThat(SLOW_RUN_INTERRUPTED.await(30, TimeUnit.SECONDS))
                    .as("the superseded thread was interrupted (it would otherwise sleep 30 s)")
                    .isTrue();
            long lastGen = 0;
            for (JsonNode message : client.seen()) {
                if (WeftTestClient.slot("slot", "echo").test(message)) {
                    assertThat(message.get("gen").asLong())
                            .as("generations only grow")
                            .isGreaterThan(lastGen);
                    lastGen = message.get("gen").asLong();
                }
            }
        }
    }

    static String widgetMessage(String id, Object value, long gen) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"echo\",\"id\":\"" + id + "\",\"gen\":" + gen + ",\"value\":"
                + value + "}";
    }
}
