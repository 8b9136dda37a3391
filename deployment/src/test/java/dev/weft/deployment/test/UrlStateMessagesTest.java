package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.PageContext;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The URL over the wire: a deep link reaches the session started with its page before its first
 * run; a forged value for a bound widget is refused like any widget value; a URL the browser goes
 * back to is checked like a link; the context leaves out credentials.
 */
class UrlStateMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Linked.class, WeftTestClient.class)
                    .addClass(UrlStateMessagesTest.class.getPackageName() + ".UrlStateMessagesTest_Linked_WeftApp"));

    private static final Pattern SESSION = Pattern.compile("data-session=\"([0-9a-f]{32})\"");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/linked")
    public static class Linked {

        @Fragment
        String region(Ui ui) {
            return ui.queryParam("region").selectbox("Region", List.of("Europe", "Americas", "Asia"));
        }

        @Fragment
        void sales(Ui ui, String region) {
            ui.text("sales " + region);
        }

        @Fragment
        void who(Ui ui) {
            PageContext context = ui.context();
            ui.text("cookies " + new TreeSet<>(context.cookies().keySet()) + " authorization "
                    + context.header("Authorization").isPresent() + " agent " + context.userAgent() + " url "
                    + context.url());
        }
    }

    @Test
    void deepLink_thePageStartedSession_runsWithTheLinksValues() throws Exception {
        String session = pageSession("/linked?region=Asia", WeftTestClient.cookie(WeftTestClient.BROWSER));
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            hello(client, session, "region=Asia");
            client.awaitFinished("sales");
            JsonNode sales = client.awaitSeen(WeftTestClient.slot("slot", "sales"));
            assertThat(sales.get("gen").asLong())
                    .as("its first run already had the link's value")
                    .isEqualTo(1);
            assertThat(sales.toString()).contains("sales Asia");
        }
    }

    @Test
    void forgedValueOfABoundWidget_isRefused_andTheUrlStays() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            hello(client, null, "");
            client.awaitFinished("region", "sales", "who");
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"region\",\"id\":\"key:region\",\"gen\":1,"
                    + "\"value\":\"Mars\"}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo("bad_value");
            assertThat(client.seen()).noneMatch(WeftTestClient.type("url"));

            // The browser sends an option's position: Asia is the third.
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"region\",\"id\":\"key:region\",\"gen\":1,"
                    + "\"value\":2}");
            JsonNode url = client.await(WeftTestClient.type("url"));
            assertThat(url.get("query").asText()).isEqualTo("region=Asia");
            assertThat(url.get("push").asBoolean())
                    .as("a user's change is a new history entry")
                    .isTrue();
            JsonNode sales = client.await(m ->
                    WeftTestClient.slot("slot", "sales").test(m) && m.toString().contains("sales Asia"));
            assertThat(sales).isNotNull();
        }
    }

    @Test
    void backToAUrlWithABadValue_givesTheDefaultWithANote_andCorrectsTheUrl() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            hello(client, null, "region=Asia");
            client.awaitFinished("region", "sales");
            client.send("{\"v\":1,\"type\":\"url\",\"query\":\"region=Mars%20One\"}");
            JsonNode region =
                    client.await(m -> WeftTestClient.slot("slot", "region").test(m)
                            && m.toString().contains("note"));
            assertThat(region.toString()).contains("Mars One", "\"value\":0");
            JsonNode url = client.awaitSeen(WeftTestClient.type("url"));
            assertThat(url.get("query").asText()).isEmpty();
            assertThat(url.get("push").asBoolean()).isFalse();
            assertThat(client.seen()).noneMatch(WeftTestClient.type("error"));
        }
    }

    @Test
    void malformedUrlAndThemeMessages_areRefused_andTheSessionGoesOn() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            hello(client, null, "");
            client.awaitFinished("region");
            client.send("{\"v\":1,\"type\":\"url\",\"query\":5}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("bad_message");
            client.send("{\"v\":1,\"type\":\"theme\",\"theme\":\"<script>\"}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("bad_message");
            client.send("{\"v\":1,\"type\":\"url\",\"query\":\"" + "a=1&".repeat(3000) + "\"}");
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .as("a query string over 8 KiB")
                    .isEqualTo("bad_message");
            client.send("{\"v\":1,\"type\":\"url\",\"query\":\"region=Americas\"}");
            assertThat(client.await(m -> WeftTestClient.slot("slot", "sales").test(m)
                            && m.toString().contains("sales Americas")))
                    .isNotNull();
        }
    }

    @Test
    void context_hasThePageRequestsCookiesAndHeaders_butNoCredentials() throws Exception {
        String session = pageSession(
                "/linked",
                WeftTestClient.cookie(WeftTestClient.BROWSER)
                        + "; team=north; quarkus-credential=secret; q_session=abc; q_auth_x=state");
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            hello(client, session, "");
            JsonNode who =
                    client.awaitSeen(m -> WeftTestClient.slot("slot", "who").test(m));
            assertThat(who.toString())
                    .contains("cookies [team] authorization false agent Weft-Test url http://localhost:")
                    .doesNotContain("secret", "abc", WeftTestClient.BROWSER);
        }
    }

    private void hello(WeftTestClient client, String prestarted, String query) throws InterruptedException {
        client.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/linked\",\"session\":null,\"prestarted\":"
                + (prestarted == null ? "null" : "\"" + prestarted + "\"") + ",\"query\":\"" + query
                + "\",\"theme\":\"dark\"}");
        client.await(WeftTestClient.type("welcome"));
    }

    private String pageSession(String path, String cookies) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Cookie", cookies)
                                .header("Authorization", "Basic c2VjcmV0OnNlY3JldA==")
                                .header("User-Agent", "Weft-Test")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher matcher = SESSION.matcher(page.body());
        assertThat(matcher.find()).as("the page carries its session id").isTrue();
        return matcher.group(1);
    }
}
