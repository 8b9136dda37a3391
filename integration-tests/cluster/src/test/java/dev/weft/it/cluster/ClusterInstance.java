package dev.weft.it.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged app, started as a user starts it ({@code java -jar quarkus-run.jar})
 * on a free loopback port, against the tests' Redis.
 */
final class ClusterInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final URI base;

    private ClusterInstance(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port);
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
        int port = freePort();
        Path log = Paths.get("target", "instance-" + name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.redis.hosts=" + redisUri,
                "-Dit.instance=" + name));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ClusterInstance instance = new ClusterInstance(name, process, log, port);
            instance.awaitReady();
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start instance " + name, e);
        }
    }

    /** This instance's name ({@code it.instance}). */
    String name() {
        return name;
    }

    /** {@code GET /work?ms=<millis>}: one limited call. */
    HttpResponse<String> work(long millis) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/work?ms=" + millis))
                .timeout(Duration.ofSeconds(120))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Kills the process at once (SIGKILL): no shutdown, no lease given back. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** What the instance printed, for failure messages. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private void awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Instance " + name + " exited with code " + process.exitValue()
                        + " before it answered. Its output:\n" + logText());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting instance " + name, e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting instance " + name, e);
            }
        }
        close();
        throw new IllegalStateException("Instance " + name + " did not answer within " + START_TIMEOUT.toSeconds()
                + " s. Its output:\n" + logText());
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Quarkus shuts down gracefully
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for an instance", e);
        }
    }
}
