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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One client that floods the server with page loads it never connects to, and with tabs that say
 * hello and drop, cannot lock out another user. Loopback only, bounded in count: three times the
 * session limit of page loads and twice of dropped tabs. The two clients send from two loopback
 * addresses (Linux routes all of 127.0.0.0/8 to the loopback interface).
 */
class SessionFloodTest {

    private static final int MAX = 50;
    private static final Pattern SESSION = Pattern.compile("data-session=\"([0-9a-f]*)\"");

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Flooded.class, WeftTestClient.class, LoopbackClients.class)
                    .addClass(SessionFloodTest.class.getPackageName() + ".SessionFloodTest_Flooded_WeftApp"))
            .overrideConfigKey("quarkus.weft.sessions.max", Integer.toString(MAX))
            .overrideConfigKey("quarkus.weft.sessions.max-per-client", "10");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/flooded")
    public static class Flooded {

        @Fragment
        void hello(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void floodOfUnclaimedPagesAndDroppedTabs_leavesAnotherUserASession() throws Exception {
        URI server = LoopbackClients.server(base);
        HttpClient flooder = LoopbackClients.from("127.0.0.1");
        for (int i = 0; i < 3 * MAX; i++) {
            HttpResponse<String> page = LoopbackClients.page(flooder, server, "/flooded");
            assertThat(page.statusCode())
                    .as("a page is served or refused, never dropped")
                    .isIn(200, 503);
        }
        for (int i = 0; i < 2 * MAX; i++) {
            try (WeftTestClient tab = WeftTestClient.connectThrough(server, flooder)) {
                tab.send(hello(null));
                tab.await(m -> WeftTestClient.type("welcome").test(m)
                        || WeftTestClient.type("error").test(m));
                tab.drop();
            }
        }

        HttpClient user = LoopbackClients.from("127.0.0.2");
        HttpResponse<String> page = LoopbackClients.page(user, server, "/flooded");
        assertThat(page.statusCode()).as("the user's page").isEqualTo(200);
        Matcher session = SESSION.matcher(page.body());
        assertThat(session.find()).isTrue();
        try (WeftTestClient tab = WeftTestClient.connectThrough(server, user)) {
            tab.send(hello(session.group(1).isEmpty() ? null : session.group(1)));
            JsonNode answer = tab.await(m -> WeftTestClient.type("welcome").test(m)
                    || WeftTestClient.type("error").test(m));
            assertThat(answer.path("type").asText())
                    .as("the user gets a session: %s", answer)
                    .isEqualTo("welcome");
            assertThat(tab.awaitFinished("hello").get("hello").path("state").asText())
                    .isEqualTo("done");
        }
    }

    private static String hello(String prestarted) {
        return "{\"v\":1,\"type\":\"hello\",\"app\":\"/flooded\",\"session\":null,\"prestarted\":"
                + (prestarted == null ? "null" : "\"" + prestarted + "\"") + "}";
    }
}
