package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Limited;
import dev.weft.LimitedException;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With Micrometer and its Prometheus registry in the application, every group's meters appear at /q/metrics. */
class LimitMetricsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Gpu.class))
            // Only this application has Micrometer: the other tests check that Weft runs without it.
            .setForcedDependencies(List.of(Dependency.of(
                    "io.quarkus",
                    "quarkus-micrometer-registry-prometheus-deployment",
                    System.getProperty("quarkus.version", io.quarkus.builder.Version.getVersion()))));

    static final Semaphore RUNNING = new Semaphore(0);
    static final Semaphore GO = new Semaphore(0);

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Inject
    Gpu gpu;

    @ApplicationScoped
    public static class Gpu {

        @Limited(group = "gpu", permits = 1, queue = 0)
        public String predict(boolean hold) throws InterruptedException {
            if (hold) {
                RUNNING.release();
                GO.acquire();
            }
            return "predicted";
        }
    }

    @Test
    void waitingRunningWaitRunAndRejections_areMeteredPerGroup() throws Exception {
        assertThat(gpu.predict(false)).isEqualTo("predicted");
        Thread holder = Thread.ofVirtual().start(() -> {
            try {
                gpu.predict(true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(RUNNING.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> gpu.predict(false)).isInstanceOf(LimitedException.class);

        String whileHeld = scrape();
        assertThat(whileHeld)
                .contains("weft_limit_running{group=\"gpu\"} 1.0")
                .contains("weft_limit_waiting{group=\"gpu\"} 0.0")
                .contains("weft_limit_rejections_total{group=\"gpu\",reason=\"busy\"} 1.0")
                .contains("weft_limit_rejections_total{group=\"gpu\",reason=\"timed_out\"} 0.0");

        GO.release();
        holder.join(10_000);
        String after = scrape();
        assertThat(after)
                .contains("weft_limit_running{group=\"gpu\"} 0.0")
                .contains("weft_limit_wait_seconds_count{group=\"gpu\"} 2.0")
                .contains("weft_limit_run_seconds_count{group=\"gpu\"} 2.0");
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(metrics).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
