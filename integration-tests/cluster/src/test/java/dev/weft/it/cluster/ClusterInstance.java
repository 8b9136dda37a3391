package dev.weft.it.cluster;

import dev.weft.it.support.AppProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

/**
 * One instance of the packaged app, started as a user starts it ({@code java -jar quarkus-run.jar})
 * on a free loopback port, against the tests' Redis.
 */
final class ClusterInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final AppProcess app;

    private ClusterInstance(String name, AppProcess app) {
        this.name = name;
        this.app = app;
    }

    /**
     * Starts the instance {@code name} with Redis at {@code redisUri} and the extra configuration
     * {@code config}, and waits until it answers; its output goes to {@code target/instance-<name>.log}.
     */
    static ClusterInstance start(String name, String redisUri, Map<String, String> config) {
        Path jar = Paths.get(System.getProperty("weft.cluster.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the app first (./mvnw verify runs"
                    + " these tests after packaging it).");
        }
        AppProcess.Builder builder = AppProcess.jar(jar)
                .name("Instance " + name)
                .systemProperty("quarkus.redis.hosts", redisUri)
                .systemProperty("it.instance", name)
                .log(Paths.get("target", "instance-" + name + ".log"))
                .readyPath("/ready")
                .startTimeout(START_TIMEOUT);
        config.forEach(builder::systemProperty);
        return new ClusterInstance(name, builder.start());
    }

    /** This instance's name ({@code it.instance}). */
    String name() {
        return name;
    }

    /** {@code GET /work?ms=<millis>}: one limited call. */
    HttpResponse<String> work(long millis) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/work?ms=" + millis))
                .timeout(Duration.ofSeconds(120))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the process at once (SIGKILL): no shutdown, no lease given back. */
    void kill() throws InterruptedException {
        app.kill();
    }

    /** What the instance printed, for failure messages. */
    String logText() {
        return app.logText();
    }

    @Override
    public void close() {
        app.close();
    }
}
