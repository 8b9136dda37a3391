package dev.weft.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The app a user builds with Maven serves its page and runs its fragments over a real WebSocket. */
@QuarkusTest
class InventoryTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void page_isServed() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Inventory</title>");
    }

    @Test
    void fragments_runAndTheFailingOneFailsAlone() throws Exception {
        List<String> messages = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(3);
        URI ws = URI.create(base.resolve("/_weft/ws").toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(ws, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            String message = text.toString();
                            text.setLength(0);
                            synchronized (messages) {
                                messages.add(message);
                            }
                            if (message.contains("\"state\":\"done\"") || message.contains("\"state\":\"failed\"")) {
                                finished.countDown();
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        socket.sendText("{\"v\":1,\"type\":\"hello\",\"app\":\"/\",\"session\":null}", true);
        assertThat(finished.await(20, TimeUnit.SECONDS))
                .as("all three fragments finished: " + messages)
                .isTrue();
        socket.abort();

        String all;
        synchronized (messages) {
            all = String.join("\n", messages);
        }
        assertThat(all).contains("\"slot\":\"heading\",\"gen\":1,\"state\":\"done\"");
        assertThat(all).contains("\"slot\":\"levels\",\"gen\":1,\"state\":\"done\"");
        assertThat(all).contains("\"slot\":\"supplier\",\"gen\":1,\"state\":\"failed\"");
        assertThat(all).contains("IllegalStateException: Supplier API unreachable");
        assertThat(all).contains("\"data\":[12,9,15,7]");
    }
}
