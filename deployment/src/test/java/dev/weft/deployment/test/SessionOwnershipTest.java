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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A session has one connection and belongs to one browser: a second connection asking for a live
 * session (a duplicated tab) gets a session of its own while the first goes on, and a session id
 * without its browser's secret resumes nothing.
 */
class SessionOwnershipTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Year.class, WeftTestClient.class)
                    .addClass(SessionOwnershipTest.class.getPackageName() + ".SessionOwnershipTest_Year_WeftApp"));

    private static final String OTHER_BROWSER = "another-browser-secret-00000000000000000000";
    private static final Pattern SESSION = Pattern.compile("data-session=\"([0-9a-f]{32})\"");
    private static final Pattern SHOWING = Pattern.compile("Showing \\d+");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/year")
    public static class Year {

        @Fragment
        void year(Ui ui) {
            int year = ui.slider("Year", 2015, 2025, 2024);
            ui.text("Showing " + year);
        }
    }

    @Test
    void secondHelloForALiveSession_getsItsOwnSession_andTheFirstTabKeepsWorking() throws Exception {
        try (WeftTestClient original = WeftTestClient.connect(base);
                WeftTestClient duplicate = WeftTestClient.connect(base)) {
            String session = original.hello("/year", null).get("session").asText();
            original.awaitFinished("year");

            JsonNode welcome = duplicate.hello("/year", session);
            assertThat(welcome.get("session").asText())
                    .as("the duplicate gets a session of its own")
                    .isNotEqualTo(session);
            assertThat(welcome.get("resumed").asBoolean()).isFalse();
            JsonNode refusal = duplicate.awaitSeen(WeftTestClient.type("error"));
            assertThat(refusal.get("code").asText()).isEqualTo("session_in_use");
            duplicate.awaitFinished("year");

            move(original, 2019);
            assertThat(shown(original)).as("the original tab still works").isEqualTo("Showing 2019");
            move(duplicate, 2016);
            assertThat(shown(duplicate)).isEqualTo("Showing 2016");
            assertThat(original.seen().toString())
                    .as("the original never sees the duplicate's output")
                    .doesNotContain("Showing 2016");
        }
    }

    @Test
    void sessionIdWithoutItsBrowsersSecret_getsANewSession_andTheSessionStaysItsOwners() throws Exception {
        String session;
        try (WeftTestClient owner = WeftTestClient.connect(base)) {
            session = owner.hello("/year", null).get("session").asText();
            owner.awaitFinished("year");
            move(owner, 2020);
            shown(owner);
            owner.drop();
        }
        for (String browser : new String[] {OTHER_BROWSER, null}) {
            try (WeftTestClient stranger = WeftTestClient.connectAs(base, browser)) {
                JsonNode welcome = stranger.hello("/year", session);
                assertThat(welcome.get("session").asText())
                        .as("a session id alone resumes nothing (cookie " + browser + ")")
                        .isNotEqualTo(session);
                assertThat(welcome.get("resumed").asBoolean()).isFalse();
                assertThat(shown(stranger)).isEqualTo("Showing 2024");
                assertThat(stranger.seen().toString())
                        .as("nothing tells a stranger that the session exists")
                        .doesNotContain("session_in_use")
                        .doesNotContain("Showing 2020");
                stranger.drop();
            }
        }
        try (WeftTestClient owner = WeftTestClient.connect(base)) {
            JsonNode welcome = owner.hello("/year", session);
            assertThat(welcome.get("session").asText()).isEqualTo(session);
            assertThat(welcome.get("resumed").asBoolean()).isTrue();
            assertThat(shown(owner)).as("the session as its owner left it").isEqualTo("Showing 2020");
        }
    }

    @Test
    void pageSetsTheBrowserCookie_andItsSessionIsClaimedOnlyByThatBrowser() throws Exception {
        HttpResponse<String> first = page(null);
        String setCookie = first.headers().firstValue("set-cookie").orElseThrow();
        assertThat(setCookie).startsWith("weft-browser=").contains("HttpOnly").contains("SameSite=Lax");
        String secret = setCookie.substring("weft-browser=".length(), setCookie.indexOf(';'));
        assertThat(secret).hasSize(43);

        HttpResponse<String> again = page(secret);
        assertThat(again.headers().firstValue("set-cookie"))
                .as("a browser that has the cookie keeps it")
                .isEmpty();
        String pageSession = session(again);
        try (WeftTestClient stranger = WeftTestClient.connectAs(base, OTHER_BROWSER)) {
            assertThat(hello(stranger, pageSession).get("session").asText())
                    .as("another browser cannot claim the page's session")
                    .isNotEqualTo(pageSession);
        }
        try (WeftTestClient tab = WeftTestClient.connectAs(base, secret)) {
            assertThat(hello(tab, pageSession).get("session").asText()).isEqualTo(pageSession);
        }
    }

    private static void move(WeftTestClient client, int year) {
        client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"year\",\"id\":\"slider:Year:0\",\"gen\":1,\"value\":"
                + year + "}");
    }

    /** The text the newest run of the slot shows, once that run has finished. */
    private static String shown(WeftTestClient client) throws InterruptedException {
        long gen = client.await(WeftTestClient.slot("status", "year")
                        .and(m -> m.get("state").asText().equals("done")))
                .get("gen")
                .asLong();
        JsonNode content = client.awaitSeen(
                m -> WeftTestClient.slot("slot", "year").test(m) && m.get("gen").asLong() == gen);
        Matcher shown = SHOWING.matcher(content.toString());
        assertThat(shown.find()).as("the slot shows a year: " + content).isTrue();
        return shown.group();
    }

    private static JsonNode hello(WeftTestClient client, String prestarted) throws InterruptedException {
        client.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/year\",\"session\":null,\"prestarted\":\"" + prestarted
                + "\"}");
        return client.await(WeftTestClient.type("welcome"));
    }

    private HttpResponse<String> page(String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/year"));
        if (secret != null) {
            request.header("Cookie", WeftTestClient.cookie(secret));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<String> page) {
        Matcher matcher = SESSION.matcher(page.body());
        assertThat(matcher.find()).as("the page carries its session id").isTrue();
        return matcher.group(1);
    }
}
