import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Checks Weft's live reload against a running `quarkus:dev` of examples/dashboard: adds a fragment
 * to the app class, pings as an open page does, and expects the next session to have the new slot
 * (so the annotation processor regenerated the dispatcher). Restores the file afterwards.
 *
 * <p>Run: java .ci/LiveReloadCheck.java http://localhost:18090 examples/dashboard/src/main/java/dev/weft/examples/dashboard/ParallelDashboard.java
 */
public class LiveReloadCheck {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path source = Path.of(args[1]);
        String original = Files.readString(source);
        String before = welcome(base);
        require(!before.contains("\"liveReloadProbe\""), "the probe slot exists before the edit: " + before);
        try {
            int end = original.lastIndexOf('}');
            Files.writeString(source, original.substring(0, end)
                    + "\n    @Fragment\n    void liveReloadProbe(Ui ui) {\n        ui.text(\"reloaded\");\n    }\n}\n");
            String after = "";
            for (int attempt = 0; attempt < 60 && !after.contains("\"liveReloadProbe\""); attempt++) {
                ping(base); // dev mode looks for changed sources when an HTTP request arrives
                Thread.sleep(1000);
                after = welcome(base);
            }
            require(after.contains("\"liveReloadProbe\""), "the added fragment never appeared: " + after);
            System.out.println("Live reload OK: the added fragment is wired after a save.");
        } finally {
            Files.writeString(source, original);
        }
    }

    private static void ping(URI base) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/_weft/dev/ping")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception restarting) {
            // the app is restarting; try again
        }
    }

    /** Connects, says hello to the app at "/", and returns the welcome message (or "" if none came). */
    private static String welcome(URI base) {
        CompletableFuture<String> welcome = new CompletableFuture<>();
        try {
            URI ws = URI.create(base.resolve("/_weft/ws").toString().replaceFirst("^http", "ws"));
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        if (text.indexOf("\"type\":\"welcome\"") >= 0) {
                            welcome.complete(text.toString());
                        }
                        text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            socket.sendText("{\"v\":1,\"type\":\"hello\",\"app\":\"/\",\"session\":null}", true);
            String message = welcome.get(10, TimeUnit.SECONDS);
            socket.abort();
            return message;
        } catch (Exception e) {
            return "";
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            System.err.println("Live reload check FAILED: " + message);
            System.exit(1);
        }
    }
}
