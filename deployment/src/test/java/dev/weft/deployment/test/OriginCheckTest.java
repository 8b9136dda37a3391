package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The WebSocket upgrade refuses pages of other origins (scheme, host and port), and the server
 * answers only to the configured host names and loopback ones.
 */
class OriginCheckTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hello.class, WeftTestClient.class, RawSocket.class)
                    .addClass(OriginCheckTest.class.getPackageName() + ".OriginCheckTest_Hello_WeftApp"))
            .overrideConfigKey("quarkus.weft.allowed-origins", "https://dash.example.com")
            .overrideConfigKey("quarkus.weft.allowed-hosts", "app.example.com,*.apps.example.net")
            .overrideConfigKey("quarkus.weft.frame-ancestors", "'self' https://portal.example.com");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/hello")
    public static class Hello {

        @Fragment
        void greet(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void foreignOrigin_isRefusedWith403() {
        assertThatThrownBy(() -> WeftTestClient.connect(base, "https://evil.example.org"))
                .cause()
                .isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(
                                ((WebSocketHandshakeException) e).getResponse().statusCode())
                        .isEqualTo(403));
    }

    @Test
    void sameOrigin_isAccepted() throws Exception {
        String origin = "http://" + base.getHost() + ":" + base.getPort();
        try (WeftTestClient client = WeftTestClient.connect(base, origin)) {
            assertThat(client.hello("/hello", null).get("type").asText()).isEqualTo("welcome");
        }
    }

    @Test
    void sameHostAndPortOfAnotherScheme_isRefusedWith403() {
        String origin = "https://" + base.getHost() + ":" + base.getPort();
        assertThatThrownBy(() -> WeftTestClient.connect(base, origin))
                .cause()
                .isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(
                                ((WebSocketHandshakeException) e).getResponse().statusCode())
                        .isEqualTo(403));
    }

    @Test
    void hostNotAllowed_isRefused_evenWhenOriginMatchesIt() throws Exception {
        String host = "rebound.example.org:" + base.getPort();
        try (RawSocket raw = new RawSocket(base)) {
            assertThat(raw.upgrade(host, "http://" + host)).isEqualTo(403);
        }
        assertThat(RawSocket.get(base, "/hello", host)).isEqualTo(403);
    }

    @Test
    void allowedHosts_andLoopbackNames_areAnswered() throws Exception {
        for (String name : new String[] {"app.example.com", "eu.apps.example.net", "localhost", "127.0.0.1"}) {
            String host = name + ":" + base.getPort();
            try (RawSocket raw = new RawSocket(base)) {
                assertThat(raw.upgrade(host, "http://" + host)).as(name).isEqualTo(101);
            }
            assertThat(RawSocket.get(base, "/hello", host)).as(name).isEqualTo(200);
        }
    }

    @Test
    void configuredFrameAncestors_areSentWithThePage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/hello")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue("frame-ancestors 'self' https://portal.example.com");
        assertThat(page.headers().firstValue("X-Frame-Options"))
                .as("X-Frame-Options cannot name another site")
                .isEmpty();
    }

    @Test
    void configuredOrigin_isAccepted() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base, "https://dash.example.com")) {
            assertThat(client.hello("/hello", null).get("type").asText()).isEqualTo("welcome");
        }
    }
}
