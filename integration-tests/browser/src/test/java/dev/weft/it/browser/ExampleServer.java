package dev.weft.it.browser;

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
import java.util.concurrent.TimeUnit;

/**
 * A packaged example app ({@link Example}), running as a child process on a free port of the
 * loopback interface, exactly as a user starts it: {@code java -jar quarkus-run.jar}.
 */
final class ExampleServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Example example;
    private final Process process;
    private final Path log;
    private final String baseUrl;

    private ExampleServer(Example example, Process process, Path log, int port) {
        this.example = example;
        this.process = process;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Starts the example dashboard; see {@link #start(Example)}. */
    static ExampleServer start() {
        return start(Example.DASHBOARD);
    }

    /**
     * Starts the packaged {@code example} ({@link Example#jar()}) and waits until it serves its
     * page; its output goes to {@code target/example-<name>.log} ({@link Example#logName()}).
     */
    static ExampleServer start(Example example) {
        Path jar = example.jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The example " + example.module() + " is not packaged: " + jar
                    + " does not exist. Build it first: run ./mvnw install first"
                    + " (or ./mvnw verify from the repository root).");
        }
        int port = freePort();
        Path log = Paths.get("target", "example-" + example.logName() + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(
                    List.of(javaExecutable(), "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
            command.addAll(example.options());
            command.addAll(List.of("-jar", jar.toString()));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ExampleServer server = new ExampleServer(example, process, log, port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the example " + example.module() + " " + jar, e);
        }
    }

    /** The page's origin, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String baseUrl() {
        return baseUrl;
    }

    /** The absolute URL of {@code path} (which starts with a slash) on this server. */
    String url(String path) {
        return baseUrl + path;
    }

    private void awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/")))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The example " + example.module() + " exited with code "
                        + process.exitValue() + " before it served a page. Its output:\n" + logText());
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the example", e);
            }
            sleep(100);
        }
        close();
        throw new IllegalStateException("The example " + example.module() + " did not serve " + url("/")
                + " with HTTP 200 within " + START_TIMEOUT.toSeconds() + " s. Its output:\n" + logText());
    }

    /** What the server printed so far, for failure messages. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
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

    /** The JDK running these tests (21+, enforced by the build) also runs the example. */
    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for an example app", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the example", e);
        }
    }
}
