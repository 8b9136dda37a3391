package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With Micrometer in the application, fragment runs (by outcome, and their time) and sessions
 * (open, started, resumed, refused) are metered per app, under the names the README lists.
 */
class SessionMetricsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Metered.class, Gated.class, WeftTestClient.class)
                    .addClass(SessionMetricsTest.class.getPackageName() + ".SessionMetricsTest_Metered_WeftApp")
                    .addClass(SessionMetricsTest.class.getPackageName() + ".SessionMetricsTest_Gated_WeftApp")
                    .addClasses(Overtaken.class)
                    .addClass(SessionMetricsTest.class.getPackageName() + ".SessionMetricsTest_Overtaken_WeftApp"))
            .setForcedDependencies(List.of(Dependency.of(
                    "io.quarkus",
                    "quarkus-micrometer-registry-prometheus-deployment",
                    System.getProperty("quarkus.version", io.quarkus.builder.Version.getVersion()))));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/metered")
    public static class Metered {

        @Fragment
        String fine(Ui ui) {
            ui.text("fine");
            return "fine";
        }

        @Fragment
        void explodes(Ui ui) {
            throw new IllegalStateException("The data source is down");
        }
    }

    @App(path = "/metered-admin")
    @RolesAllowed("admin")
    public static class Gated {

        @Fragment
        void secret(Ui ui) {
            ui.text("secret");
        }
    }

    static final CountDownLatch SLOW_RUN_STARTED = new CountDownLatch(1);

    @App(path = "/metered-overtaken")
    public static class Overtaken {

        @Fragment
        void echo(Ui ui) throws InterruptedException {
            int value = ui.slider("Value", 0, 10, 0);
            if (value == 1) {
                SLOW_RUN_STARTED.countDown();
                Thread.sleep(30_000); // overtaken by the run of value 2, and interrupted
            }
            ui.text("value " + value);
        }
    }

    @Test
    void aRunOvertakenByANewerOne_isCountedAsSuperseded() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/metered-overtaken", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "echo"));
            String widget = first.at("/elements/0/id").asText();
            long gen = first.get("gen").asLong();

            client.send(widgetMessage(widget, 1, gen));
            assertThat(SLOW_RUN_STARTED.await(30, TimeUnit.SECONDS))
                    .as("the slow run started")
                    .isTrue();
            client.send(widgetMessage(widget, 2, gen));
            client.await(m -> WeftTestClient.slot("slot", "echo").test(m)
                    && m.at("/elements/1/text").asText().equals("value 2"));
        }

        String app = "app=\"" + Overtaken.class.getName() + "\"";
        assertThat(scrape())
                .contains("weft_fragment_runs_total{" + app + ",fragment=\"echo\",outcome=\"superseded\"} 1.0")
                .contains("weft_fragment_runs_total{" + app + ",fragment=\"echo\",outcome=\"done\"} 2.0");
    }

    @Test
    void runsAndSessions_areMeteredPerApp() throws Exception {
        String app = "app=\"" + Metered.class.getName() + "\"";
        String session;
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            session = client.hello("/metered", null).get("session").asText();
            client.awaitFinished("fine", "explodes");
            assertThat(scrape()).contains("weft_sessions_open{" + app + "} 1.0");
            client.drop();
        }
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/metered", session);
            assertThat(welcome.get("resumed").asBoolean()).isTrue();
        }
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/metered-admin\"}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("not_allowed");
        }

        String metrics = scrape();
        assertThat(metrics)
                .contains("weft_fragment_runs_total{" + app + ",fragment=\"fine\",outcome=\"done\"} 1.0")
                .contains("weft_fragment_runs_total{" + app + ",fragment=\"explodes\",outcome=\"failed\"} 1.0")
                .contains("weft_fragment_run_time_seconds_count{" + app + ",fragment=\"fine\"} 1")
                .contains("weft_fragment_failures_total{" + app + ",fragment=\"explodes\"} 1.0")
                .contains("weft_sessions_started_total{" + app + "} 1.0")
                .contains("weft_sessions_resumed_total{" + app + "} 1.0")
                .contains("weft_sessions_refused_total{app=\"" + Gated.class.getName()
                        + "\",reason=\"not_allowed\"} 1.0");
    }

    private String scrape() throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String widgetMessage(String id, Object value, long gen) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"echo\",\"id\":\"" + id + "\",\"gen\":" + gen + ",\"value\":"
                + value + "}";
    }
}
