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
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One address may hold only so many sessions; one more is refused with a clear page or error, while
 * a client at another address is served as usual.
 */
class SessionsPerClientTest {

    private static final Pattern SESSION = Pattern.compile("data-session=\"([0-9a-f]{32})\"");

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Capped.class, WeftTestClient.class, LoopbackClients.class)
                    .addClass(SessionsPerClientTest.class.getPackageName() + ".SessionsPerClientTest_Capped_WeftApp"))
            .overrideConfigKey("quarkus.weft.sessions.max-per-client", "3");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/capped")
    public static class Capped {

        @Fragment
        void hello(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void addressAtItsCap_isRefusedWithAClearPageAndError_anotherAddressIsServed() throws Exception {
        URI server = LoopbackClients.server(base);
        HttpClient busy = LoopbackClients.from("127.0.0.1");
        List<WeftTestClient> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                WeftTestClient tab = WeftTestClient.connectThrough(server, busy);
                tabs.add(tab);
                tab.hello("/capped", null);
            }
            HttpResponse<String> refused = LoopbackClients.page(busy, server, "/capped");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("retry-after")).hasValue("60");
            assertThat(refused.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(refused.body())
                    .contains("Please try again in a minute")
                    .contains("Too many sessions are open from your network address");

            WeftTestClient fourth = WeftTestClient.connectThrough(server, busy);
            tabs.add(fourth);
            fourth.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/capped\",\"session\":null}");
            JsonNode error = fourth.await(WeftTestClient.type("error"));
            assertThat(error.path("code").asText()).isEqualTo("too_many_sessions");
            assertThat(error.path("message").asText()).contains("from your network address");

            HttpClient other = LoopbackClients.from("127.0.0.2");
            HttpResponse<String> page = LoopbackClients.page(other, server, "/capped");
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher session = SESSION.matcher(page.body());
            assertThat(session.find())
                    .as("the page carries a session for its tab")
                    .isTrue();
            try (WeftTestClient tab = WeftTestClient.connectThrough(server, other)) {
                tab.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/capped\",\"session\":null,\"prestarted\":\""
                        + session.group(1) + "\"}");
                assertThat(tab.await(WeftTestClient.type("welcome"))
                                .path("session")
                                .asText())
                        .isEqualTo(session.group(1));
            }
        } finally {
            tabs.forEach(WeftTestClient::close);
        }
    }
}
