package dev.weft.it.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An example's Streamlit twin (a script under {@code examples/<name>/streamlit/}), run by {@code
 * streamlit run} on a free port of the loopback interface, for the benchmarks that measure Weft and
 * Streamlit side by side. Its output goes to {@code target/example-<name>-streamlit.log}.
 */
final class StreamlitTwin implements AutoCloseable {

    private final Process process;
    private final String url;

    private StreamlitTwin(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts {@code executable run <script>} (the script's path relative to the repository root,
     * {@code weft.root}) with {@code options} added, and waits up to 60 s until it answers {@code
     * /_stcore/health}.
     */
    static StreamlitTwin start(String executable, String script, String name, String... options)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path path = Paths.get(System.getProperty("weft.root", "../.."))
                .resolve(script)
                .toAbsolutePath()
                .normalize();
        Path log = Paths.get("target", "example-" + name + "-streamlit.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                executable,
                "run",
                path.toString(),
                "--server.headless",
                "true",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                String.valueOf(port),
                "--browser.gatherUsageStats",
                "false"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String url = "http://127.0.0.1:" + port + "/";
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url + "_stcore/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return new StreamlitTwin(process, url);
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Streamlit did not start within 60 s; see " + log);
    }

    /** The app's page, such as {@code http://127.0.0.1:41234/}. */
    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
