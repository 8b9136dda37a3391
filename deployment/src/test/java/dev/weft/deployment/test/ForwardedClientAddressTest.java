package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Behind a proxy that forwards the client's address, and with Quarkus told to use it, the
 * per-address cap counts each user by their own address, for pages and for tabs alike.
 */
class ForwardedClientAddressTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Proxied.class, WeftTestClient.class)
                    .addClass(ForwardedClientAddressTest.class.getPackageName()
                            + ".ForwardedClientAddressTest_Proxied_WeftApp"))
            .overrideConfigKey("quarkus.weft.sessions.max-per-client", "1")
            .overrideConfigKey("quarkus.http.proxy.proxy-address-forwarding", "true")
            .overrideConfigKey("quarkus.http.proxy.allow-x-forwarded", "true");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/proxied")
    public static class Proxied {

        @Fragment
        void hello(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void usersBehindOneProxy_areCappedEachByTheirOwnAddress() throws Exception {
        assertThat(page("203.0.113.1").statusCode()).isEqualTo(200);
        assertThat(page("203.0.113.1").statusCode())
                .as("the same user, at the cap")
                .isEqualTo(503);
        assertThat(page("203.0.113.2").statusCode())
                .as("another user through the same proxy")
                .isEqualTo(200);

        assertThat(hello("203.0.113.1").path("code").asText()).isEqualTo("too_many_sessions");
        assertThat(hello("203.0.113.3").path("type").asText()).isEqualTo("welcome");
    }

    private HttpResponse<String> page(String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/proxied"))
                                .header("X-Forwarded-For", user)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The first answer to a {@code hello} sent on a WebSocket the proxy opened for {@code user}. */
    private JsonNode hello(String user) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        URI uri = URI.create(base.resolve("/_weft/ws").toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("X-Forwarded-For", user)
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            answer.complete(text.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"v\":1,\"type\":\"hello\",\"app\":\"/proxied\",\"session\":null}", true)
                    .join();
            return WeftTestClient.JSON.readTree(answer.get(20, TimeUnit.SECONDS));
        } finally {
            socket.abort();
        }
    }
}
