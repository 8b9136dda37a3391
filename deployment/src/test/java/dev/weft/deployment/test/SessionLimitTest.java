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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The number of sessions is bounded: one more is refused with a clear error, and nothing else changes. */
class SessionLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tiny.class, WeftTestClient.class)
                    .addClass(SessionLimitTest.class.getPackageName() + ".SessionLimitTest_Tiny_WeftApp"))
            .overrideConfigKey("quarkus.weft.sessions.max", "1");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/tiny")
    public static class Tiny {

        @Fragment
        void one(Ui ui) {
            ui.text("one");
        }
    }

    @Test
    void sessionOverTheLimit_isRefused_andTheFirstGoesOn() throws Exception {
        try (WeftTestClient first = WeftTestClient.connect(base);
                WeftTestClient second = WeftTestClient.connect(base)) {
            first.hello("/tiny", null);
            second.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/tiny\",\"session\":null}");
            JsonNode error = second.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo("too_many_sessions");
            assertThat(error.get("message").asText()).contains("limit of 1 sessions");

            first.send("{\"v\":1,\"type\":\"ping\"}");
            assertThat(first.await(WeftTestClient.type("pong"))).isNotNull();
        }
    }

    @Test
    void pageWhileEverySessionIsInUse_isAClearPageWith503AndRetryAfter() throws Exception {
        try (WeftTestClient first = WeftTestClient.connect(base)) {
            first.hello("/tiny", null);
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(base.resolve("/tiny")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("retry-after")).hasValue("60");
            assertThat(page.body())
                    .contains("Please try again in a minute")
                    .contains("The server is full")
                    .doesNotContain("data-session");
        }
    }
}
