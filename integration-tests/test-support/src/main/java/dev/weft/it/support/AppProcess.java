package dev.weft.it.support;

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
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus app running as a child process, started as a user starts it ({@code java -jar
 * quarkus-run.jar}) on a free port of the loopback interface, with everything it prints written to
 * a log file. {@link #close()} stops it gracefully (SIGTERM), then forcibly.
 *
 * <pre>{@code
 * try (AppProcess app = AppProcess.jar(jar).name("The example sales").log(log).start()) {
 *     ... app.uri("/") ...
 * }
 * }</pre>
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);
    private static final Duration FORCED_STOP = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final Path log;
    private final String baseUrl;

    private AppProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Starts describing the app packaged as {@code jar} (a {@code quarkus-run.jar}). */
    public static Builder jar(Path jar) {
        return new Builder(jar);
    }

    /** The app's origin, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The absolute URI of {@code path} (which starts with a slash, and may carry a query) on this app. */
    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    /** Everything the app printed so far (standard output and error), for failure messages and checks. */
    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    /** Kills the process at once (SIGKILL): the app gets no shutdown, so gives nothing back. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS);
    }

    /** Stops the app: SIGTERM, so that Quarkus shuts down gracefully, then SIGKILL if it is still running. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(FORCED_STOP.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(String readyPath, Duration timeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri(readyPath))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with code " + process.exitValue()
                            + " before it answered GET " + ready.uri() + ". Its output:\n" + logText());
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + name, e);
        }
        close();
        throw new IllegalStateException(name + " did not answer GET " + ready.uri() + " with HTTP 200 within "
                + timeout.toSeconds() + " s. Its output:\n" + logText());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for an app", e);
        }
    }

    /** How to start one app: its JVM options, log file, readiness check and start timeout. */
    public static final class Builder {

        private final Path jar;
        private final List<String> jvmOptions = new ArrayList<>();
        private String name;
        private Path log;
        private String readyPath = "/";
        private Duration startTimeout = Duration.ofSeconds(60);

        private Builder(Path jar) {
            this.jar = Objects.requireNonNull(jar, "jar");
            this.name = "The app " + jar;
        }

        /** How failure messages name the app, as the subject of a sentence: {@code "Instance a"}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Adds {@code -Dkey=value} to the app's JVM options. */
        public Builder systemProperty(String key, String value) {
            jvmOptions.add("-D" + key + "=" + value);
            return this;
        }

        /** Adds {@code options} (such as {@code -Dkey=value}) to the app's JVM options, before {@code -jar}. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** The file the app's output goes to (replaced if it exists); required. */
        public Builder log(Path log) {
            this.log = log.toAbsolutePath();
            return this;
        }

        /** The path that answers HTTP 200 once the app is ready; {@code /} unless set. */
        public Builder readyPath(String readyPath) {
            this.readyPath = readyPath;
            return this;
        }

        /** How long the app may take to become ready; 60 s unless set. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /**
         * Starts the app with the JDK running the tests, on a free loopback port ({@code
         * quarkus.http.host} and {@code quarkus.http.port}), and waits until {@link #readyPath} answers
         * HTTP 200.
         *
         * @throws IllegalStateException if it exits first or is not ready in time (with its output),
         *     or cannot be started
         */
        public AppProcess start() {
            Objects.requireNonNull(log, "log");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.http.port=" + port));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            try {
                Files.createDirectories(log.getParent());
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                AppProcess app = new AppProcess(name, process, log, port);
                app.awaitReady(readyPath, startTimeout);
                return app;
            } catch (IOException e) {
                throw new IllegalStateException("Could not start " + name + " from " + jar, e);
            }
        }
    }
}
