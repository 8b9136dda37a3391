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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Serving a page starts its session, so fragments run while the browser loads the page; the tab
 * claims that session once. A reload that resumes its own session ends the page's extra one.
 */
class PageStartedSessionTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Early.class, WeftTestClient.class)
                    .addClass(PageStartedSessionTest.class.getPackageName() + ".PageStartedSessionTest_Early_WeftApp"));

    private static final Pattern SESSION = Pattern.compile("data-session=\"([0-9a-f]{32})\"");

    static final AtomicInteger RUNS = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    @App(path = "/early")
    public static class Early {

        @Fragment
        void work(Ui ui) {
            ui.text("run " + RUNS.incrementAndGet());
        }
    }

    @Test
    void pageSession_isClaimedByItsTab_andAlreadyRunning() throws Exception {
        String session = pageSession();
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = hello(client, null, session);
            assertThat(welcome.get("session").asText()).isEqualTo(session);
            assertThat(welcome.get("resumed").asBoolean()).isFalse();
            JsonNode status = client.awaitFinished("work").get("work");
            assertThat(status.get("gen").asLong()).as("ran once, for the page").isEqualTo(1);
        }
    }

    @Test
    void pageSession_canBeClaimedOnlyOnce() throws Exception {
        String session = pageSession();
        try (WeftTestClient first = WeftTestClient.connect(base);
                WeftTestClient second = WeftTestClient.connect(base)) {
            assertThat(hello(first, null, session).get("session").asText()).isEqualTo(session);
            assertThat(hello(second, null, session).get("session").asText())
                    .as("a second tab with the same page id gets its own session")
                    .isNotEqualTo(session);
        }
    }

    @Test
    void reloadThatResumes_endsThePagesExtraSession() throws Exception {
        String original;
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            original = hello(client, null, pageSession()).get("session").asText();
            client.awaitFinished("work");
            client.drop();
        }
        String extra = pageSession();
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = hello(client, original, extra);
            assertThat(welcome.get("session").asText()).isEqualTo(original);
            assertThat(welcome.get("resumed").asBoolean()).isTrue();
        }
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            assertThat(hello(client, null, extra).get("session").asText())
                    .as("the extra session was ended, not left to be claimed")
                    .isNotEqualTo(extra);
        }
    }

    private JsonNode hello(WeftTestClient client, String session, String prestarted) throws InterruptedException {
        client.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/early\",\"session\":" + quoted(session) + ",\"prestarted\":"
                + quoted(prestarted) + "}");
        return client.await(WeftTestClient.type("welcome"));
    }

    private static String quoted(String id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    private String pageSession() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/early"))
                                .header("Cookie", WeftTestClient.cookie(WeftTestClient.BROWSER))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("cache-control")).hasValue("no-store");
        Matcher matcher = SESSION.matcher(page.body());
        assertThat(matcher.find()).as("the page carries its session id").isTrue();
        return matcher.group(1);
    }
}
