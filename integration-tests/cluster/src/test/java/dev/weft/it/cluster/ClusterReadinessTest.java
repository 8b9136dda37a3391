package dev.weft.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.runtime.limits.cluster.RedisServerExtension;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An application with cluster limits and SmallRye Health, as a user builds it: {@code
 * /q/health/ready} includes Redis, down (503) while Redis cannot be reached (cluster-limited calls
 * are then refused) and up again once it answers; and it reports the session capacity.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class ClusterReadinessTest {

    private static final String REDIS_CHECK = "Weft cluster limits (Redis)";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/q/health/ready")
    URI ready;

    @Test
    void readiness_followsRedis_downWhileItIsUnreachable() throws Exception {
        RedisServerExtension redis = new RedisServerExtension(); // the server the resource started
        HttpResponse<String> up = ready();
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(check(up, REDIS_CHECK).get("status").asText()).isEqualTo("UP");
        assertThat(check(up, REDIS_CHECK).get("data").get("redis").asText()).isEqualTo("reachable");
        assertThat(check(up, REDIS_CHECK).get("data").get("address").asText())
                .isEqualTo("redis://127.0.0.1:" + redis.port());
        assertThat(check(up, "Weft sessions").get("data").get("max").asInt()).isEqualTo(1000);

        redis.stop();
        try {
            HttpResponse<String> down = ready();
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            JsonNode check = check(down, REDIS_CHECK);
            assertThat(check.get("status").asText()).isEqualTo("DOWN");
            assertThat(check.get("data").get("redis").asText()).isEqualTo("unreachable");
            assertThat(check.get("data").get("on-unavailable").asText()).isEqualTo("refuse");
        } finally {
            redis.start();
        }

        HttpResponse<String> back = ready();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (back.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200); // the Redis client reconnects on its own
            back = ready();
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(check(back, REDIS_CHECK).get("data").get("redis").asText()).isEqualTo("reachable");
    }

    private HttpResponse<String> ready() throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode check(HttpResponse<String> response, String name) throws Exception {
        for (JsonNode check : new ObjectMapper().readTree(response.body()).get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("No check named '" + name + "' in " + response.body());
    }
}
