package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WebSocket upgrade refuses pages of other origins. */
class OriginCheckTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hello.class, WeftTestClient.class)
                    .addClass(OriginCheckTest.class.getPackageName() + ".OriginCheckTest_Hello_WeftApp"))
            .overrideConfigKey("weft.allowed-origins", "https://dash.example.com");

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
    void configuredOrigin_isAccepted() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base, "https://dash.example.com")) {
            assertThat(client.hello("/hello", null).get("type").asText()).isEqualTo("welcome");
        }
    }
}
