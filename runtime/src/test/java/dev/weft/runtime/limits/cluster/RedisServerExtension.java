package dev.weft.runtime.limits.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis for a test class: {@code redis-server} started as a child process on a free loopback
 * port, with no persistence, before the class's tests and killed after them. Tests may {@link
 * #stop()} and {@link #start()} it again (on the same port) to play an outage.
 *
 * <p>Register it before anything that connects, and read {@link #uri()} for the client's address:
 *
 * <pre>{@code
 * @RegisterExtension @Order(1) static final RedisServerExtension REDIS = new RedisServerExtension();
 * @RegisterExtension @Order(2) static final QuarkusUnitTest TEST = new QuarkusUnitTest()
 *         .overrideConfigKey("quarkus.redis.hosts", REDIS.uri());
 * }</pre>
 *
 * <p>Its state (port and process id) lives in system properties, not in fields: a {@code
 * QuarkusUnitTest} or {@code QuarkusTest} loads the test class a second time in its own class loader,
 * and that copy's extension must reach the same server. So one server at a time per JVM, which is
 * how surefire runs test classes.
 *
 * <p>Needs Debian's {@code redis-server} ({@code apt-get install redis-server}), or the binary named
 * by the {@code WEFT_REDIS_SERVER} environment variable; fails with that instruction otherwise.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

    // Not under "weft.": Weft's config mapping would refuse unknown properties under its prefix.
    private static final String PORT = "dev.weft.test.redis-port";
    private static final String PID = "dev.weft.test.redis-pid";
    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** Picks the port now (the same one as an earlier copy of this extension, if any). */
    public RedisServerExtension() {
        if (System.getProperty(PORT) == null) {
            System.setProperty(PORT, Integer.toString(freePort()));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Kills Redis and forgets its port: the next extension picks a new one. */
    public void close() {
        stop();
        System.clearProperty(PORT);
    }

    /** The URI the Redis client connects to, such as {@code redis://127.0.0.1:41234}. */
    public String uri() {
        return "redis://127.0.0.1:" + port();
    }

    /** The port Redis listens on. */
    public int port() {
        return Integer.parseInt(System.getProperty(PORT));
    }

    /** Starts Redis on its port (again), empty, and waits until it answers {@code PING}. */
    public synchronized void start() {
        if (process().isPresent()) {
            return;
        }
        Path log = Paths.get("target", "redis-" + port() + ".log").toAbsolutePath();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(List.of(
                            binary(),
                            "--port",
                            Integer.toString(port()),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--daemonize",
                            "no"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start redis-server: " + e.getMessage(), e);
        }
        System.setProperty(PID, Long.toString(process.pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly)); // never outlive the tests
        long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
        while (!answersPing()) {
            if (!process.isAlive()) {
                System.clearProperty(PID);
                throw new IllegalStateException(
                        "redis-server exited with code " + process.exitValue() + " before it answered; see " + log);
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("redis-server did not answer PING on port " + port() + "; see " + log);
            }
            sleep(20);
        }
    }

    /** Kills Redis at once (SIGKILL): its connections drop and its data is gone, as in a crash. */
    public synchronized void stop() {
        process().ifPresent(process -> {
            process.destroyForcibly();
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("redis-server (pid " + process.pid() + ") did not stop", e);
            }
        });
        System.clearProperty(PID);
    }

    private static Optional<ProcessHandle> process() {
        String pid = System.getProperty(PID);
        return pid == null
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[7];
            int read = in.readNBytes(answer, 0, answer.length);
            return new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String binary() {
        String configured = System.getenv("WEFT_REDIS_SERVER");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Paths.get(dir, "redis-server");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        Path debian = Paths.get("/usr/bin/redis-server");
        if (Files.isExecutable(debian)) {
            return debian.toString();
        }
        throw new IllegalStateException("redis-server is not installed, and the cluster-limit tests start their own"
                + " Redis: install redis-server (apt-get install redis-server), or name the binary in the"
                + " WEFT_REDIS_SERVER environment variable.");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for redis-server", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for redis-server", e);
        }
    }
}
