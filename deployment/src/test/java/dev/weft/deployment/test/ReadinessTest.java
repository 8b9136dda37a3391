package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With SmallRye Health in the application, {@code /q/health/ready} reports Weft's session capacity:
 * up while a new tab can get a session, down (503) when every one of {@code
 * quarkus.weft.sessions.max} sessions has its tab connected, up again when a tab leaves.
 */
class ReadinessTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Ready.class, WeftTestClient.class)
                    .addClass(ReadinessTest.class.getPackageName() + ".ReadinessTest_Ready_WeftApp"))
            .overrideConfigKey("quarkus.weft.sessions.max", "1")
            .overrideConfigKey("quarkus.weft.sessions.start-on-page-load", "false")
            .setForcedDependencies(List.of(Dependency.of(
                    "io.quarkus",
                    "quarkus-smallrye-health-deployment",
                    System.getProperty("quarkus.version", io.quarkus.builder.Version.getVersion()))));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/ready")
    public static class Ready {

        @Fragment
        void hello(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void readiness_reportsSessionCapacity_andIsDownWhenEverySessionHasItsTab() throws Exception {
        HttpResponse<String> idle = ready();
        assertThat(idle.statusCode()).isEqualTo(200);
        JsonNode check = sessionsCheck(idle);
        assertThat(check.get("status").asText()).isEqualTo("UP");
        assertThat(check.get("data").get("open").asInt()).isZero();
        assertThat(check.get("data").get("live").asInt()).isZero();
        assertThat(check.get("data").get("max").asInt()).isEqualTo(1);

        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/ready", null);
            client.awaitFinished("hello");

            HttpResponse<String> full = ready();
            assertThat(full.statusCode()).isEqualTo(503);
            JsonNode down = sessionsCheck(full);
            assertThat(down.get("status").asText()).isEqualTo("DOWN");
            assertThat(down.get("data").get("live").asInt()).isEqualTo(1);
            client.drop();
        }

        // The tab left: its session waits for it, and would give way to a new tab, so the server is ready.
        HttpResponse<String> after = ready();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (after.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            after = ready();
        }
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(sessionsCheck(after).get("data").get("open").asInt()).isEqualTo(1);
        assertThat(sessionsCheck(after).get("data").get("live").asInt()).isZero();
    }

    private HttpResponse<String> ready() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode sessionsCheck(HttpResponse<String> response) throws Exception {
        for (JsonNode check : new ObjectMapper().readTree(response.body()).get("checks")) {
            if (check.get("name").asText().equals("Weft sessions")) {
                return check;
            }
        }
        throw new AssertionError("No check named 'Weft sessions' in " + response.body());
    }
}
