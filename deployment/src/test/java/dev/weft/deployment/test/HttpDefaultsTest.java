package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a Weft application does over HTTP without any configuration: its pages cannot be framed by
 * other sites, any host name is answered but a WebSocket's Origin must match it, and a connection
 * that goes quiet is closed, while an open page's WebSocket is kept alive.
 */
class HttpDefaultsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hello.class, WeftTestClient.class, RawSocket.class)
                    .addClass(HttpDefaultsTest.class.getPackageName() + ".HttpDefaultsTest_Hello_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/defaults")
    public static class Hello {

        @Fragment
        void greet(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void page_mayBeFramedByItsOwnSiteOnly() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/defaults")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'self'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void anyHost_isAnswered_butTheOriginMustMatchIt() throws Exception {
        String host = "dashboards.example.org:" + base.getPort();
        assertThat(RawSocket.get(base, "/defaults", host)).isEqualTo(200);
        try (RawSocket raw = new RawSocket(base)) {
            assertThat(raw.upgrade(host, "http://" + host)).isEqualTo(101);
        }
        try (RawSocket raw = new RawSocket(base)) {
            assertThat(raw.upgrade(host, "http://other.example.org:" + base.getPort()))
                    .isEqualTo(403);
        }
        assertThatThrownBy(() -> WeftTestClient.connect(base, "https://" + base.getHost() + ":" + base.getPort()))
                .cause()
                .isInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void connectionSendingItsHeadersSlowly_isClosed() throws Exception {
        try (RawSocket raw = new RawSocket(base)) {
            raw.write("GET /hello HTTP/1.1\r\nHost: localhost\r\n");
            // One header every 10 s would hold the connection for ever without an idle timeout.
            Thread.sleep(10_000);
            try {
                raw.write("X-Slow: 1\r\n");
            } catch (IOException e) {
                return; // already closed
            }
            assertThat(raw.serverClosed())
                    .as("the server closed the connection before the headers ended")
                    .isTrue();
        }
    }

    @Test
    void quietWebSocket_staysOpenPastTheIdleTimeout() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/defaults", null);
            Thread.sleep(12_000); // longer than Weft's default idle timeout of 8 s
            client.send("{\"v\":1,\"type\":\"ping\"}");
            assertThat(client.await(WeftTestClient.type("pong"))).isNotNull();
        }
    }
}
