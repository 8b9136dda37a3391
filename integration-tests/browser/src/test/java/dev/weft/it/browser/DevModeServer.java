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
 * An example app in Quarkus dev mode, started as a developer starts it: {@code ./mvnw quarkus:dev}
 * from the repository root (with {@code -pl deployment,<example> -am compile}, so that Weft's own modules come
 * from this build's {@code target/} directories and need not be installed), on a free port of
 * 127.0.0.1, without the debugger port, the console or the analytics question. Its output goes to
 * {@code target/devmode-<module>.log}. Closing it stops Maven and the dev-mode JVM it forked.
 */
final class DevModeServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process maven;
    private final Path log;
    private final String baseUrl;

    private DevModeServer(Process maven, Path log, int port) {
        this.maven = maven;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /**
     * Starts {@code examples/<module>} in dev mode with {@code properties} ({@code -Dkey=value}) and
     * waits until its page answers.
     */
    static DevModeServer start(String module, List<String> properties) {
        Path root = Paths.get(System.getProperty("weft.root", "../.."))
                .toAbsolutePath()
                .normalize();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                root.resolve("mvnw").toString(),
                "-B",
                "-f",
                root.resolve("pom.xml").toString(),
                "-pl",
                // The deployment module too: the runtime's build checks it, and nothing depends on it in Maven terms.
                "deployment,examples/" + module,
                "-am",
                "compile",
                "quarkus:dev",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Ddebug=false",
                // Dev mode compiles every module of the reactor, tests too unless told not to: the
                // deployment module's tests include declarations that must not compile with the processor.
                "-Dmaven.test.skip=true",
                "-Dquarkus.console.enabled=false",
                "-Dquarkus.analytics.disabled=true"));
        String repository = System.getProperty("weft.maven.repo.local", "");
        if (!repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        if (offline()) {
            command.add("-o");
        }
        command.addAll(properties);
        Path log = Paths.get("target", "devmode-" + module + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            DevModeServer server = new DevModeServer(builder.start(), log, port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + module + " in dev mode: " + command, e);
        }
    }

    /**
     * Whether the build running the tests is offline ({@code -o}, as Maven's launcher exports its
     * command line), so the dev-mode build must be too.
     */
    private static boolean offline() {
        String args = " " + System.getenv().getOrDefault("MAVEN_CMD_LINE_ARGS", "") + " ";
        return args.contains(" -o ") || args.contains(" --offline ") || Boolean.getBoolean("weft.maven.offline");
    }

    /** The app's origin, such as {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return baseUrl;
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    String url(String path) {
        return baseUrl + path;
    }

    /** What Maven and the app printed so far. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private void awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                .timeout(Duration.ofSeconds(30))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!maven.isAlive()) {
                    throw new IllegalStateException("Dev mode exited with code " + maven.exitValue()
                            + " before it served its page. Its output:\n" + tail());
                }
                try {
                    if (client.send(page, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dev mode started", e);
        }
        close();
        throw new IllegalStateException(
                "Dev mode did not serve " + page.uri() + " within " + START_TIMEOUT.toMinutes() + " min:\n" + tail());
    }

    private String tail() {
        String text = logText();
        return text.length() > 8000 ? "…" + text.substring(text.length() - 8000) : text;
    }

    /** Stops the dev-mode JVM and Maven: SIGTERM to each, then SIGKILL to whatever is left. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(maven.descendants().toList());
        all.add(maven.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(15, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for dev mode", e);
        }
    }
}
