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
                    .addClass(SessionMetricsTest.class.getPackageName() + ".SessionMetricsTest_Gated_WeftApp"))
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
}
