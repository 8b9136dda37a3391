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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Images and downloads drawn from bytes are served over HTTP to their session while shown: with a
 * safe type and disposition, never to another session's URL, and gone (404) once they expired or
 * their session ended.
 */
class MediaTest {

    static final String SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">" + "<script>alert(1)</script></svg>";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Page.class, WeftTestClient.class)
                    .addClass(MediaTest.class.getPackageName() + ".MediaTest_Page_WeftApp"))
            .overrideRuntimeConfigKey("quarkus.weft.media.expiry", "200MS")
            .overrideRuntimeConfigKey("quarkus.weft.sessions.reconnect-timeout", "300MS");

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    @App(path = "/media")
    public static class Page {

        @Fragment
        void files(Ui ui) {
            boolean show = !ui.checkbox("Hide", false);
            if (show) {
                ui.image(SVG.getBytes(StandardCharsets.UTF_8), "an svg", 10);
                ui.downloadButton("Get", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "données 1.csv", "text/csv");
            }
        }
    }

    @Test
    void imageAndDownload_areServed_withSafeHeaders() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/media", null);
            JsonNode elements =
                    client.await(WeftTestClient.slot("slot", "files")).get("elements");
            JsonNode image = elements.get(1);
            assertThat(image.get("t").asText()).isEqualTo("image");
            assertThat(image.get("url").asText()).startsWith("/_weft/media/");
            assertThat(image.get("caption").asText()).isEqualTo("an svg");
            assertThat(image.get("width").asInt()).isEqualTo(10);
            HttpResponse<String> svg = get(image.get("url").asText());
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.headers().firstValue("content-type")).hasValue("image/svg+xml");
            assertThat(svg.headers().firstValue("x-content-type-options")).hasValue("nosniff");
            assertThat(svg.headers().firstValue("content-security-policy").orElseThrow())
                    .contains("default-src 'none'")
                    .contains("sandbox");
            assertThat(svg.headers().firstValue("content-disposition")).hasValue("inline");
            assertThat(svg.body()).isEqualTo(SVG);

            JsonNode download = elements.get(2);
            assertThat(download.get("t").asText()).isEqualTo("download_button");
            assertThat(download.get("fileName").asText()).isEqualTo("données 1.csv");
            assertThat(download.get("size").asInt()).isEqualTo(8);
            HttpResponse<String> file = get(download.get("url").asText());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("content-type")).hasValue("text/csv");
            assertThat(file.headers().firstValue("content-disposition"))
                    .hasValue("attachment; filename=\"donn_es 1.csv\"; filename*=UTF-8''donn%C3%A9es%201.csv");
            assertThat(file.body()).isEqualTo("a,b\n1,2\n");
        }
    }

    @Test
    void anotherSessionsUrl_andAnExpiredOne_are404() throws Exception {
        try (WeftTestClient one = WeftTestClient.connect(base);
                WeftTestClient two = WeftTestClient.connect(base)) {
            one.hello("/media", null);
            two.hello("/media", null);
            String mine = one.await(WeftTestClient.slot("slot", "files"))
                    .at("/elements/1/url")
                    .asText();
            String theirs = two.await(WeftTestClient.slot("slot", "files"))
                    .at("/elements/1/url")
                    .asText();
            assertThat(mine).isNotEqualTo(theirs).as("the same image, a URL per session");
            String item = mine.substring(mine.lastIndexOf('/'));
            String otherKey = theirs.substring(0, theirs.lastIndexOf('/'));
            assertThat(get(otherKey + "/0123456789abcdef0123456789abcdef").statusCode())
                    .isEqualTo(404);
            assertThat(get("/_weft/media/0123456789abcdef0123456789abcdef" + item)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(get("/_weft/media/").statusCode()).isEqualTo(404);

            // Redrawn without the image: it is served for quarkus.weft.media.expiry (200 ms here), then gone.
            one.send(
                    "{\"v\":1,\"type\":\"widget\",\"slot\":\"files\",\"id\":\"checkbox:Hide:0\",\"gen\":1,\"value\":true}");
            one.await(m ->
                    WeftTestClient.slot("slot", "files").test(m) && m.get("gen").asLong() == 2);
            assertThat(get(mine).statusCode()).as("within the expiry").isEqualTo(200);
            Thread.sleep(400);
            assertThat(get(mine).statusCode()).as("expired").isEqualTo(404);
            assertThat(get(theirs).statusCode())
                    .as("the other session still shows its own")
                    .isEqualTo(200);
        }
    }

    @Test
    void endedSession_itsMediaAre404() throws Exception {
        String url;
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/media", null);
            url = client.await(WeftTestClient.slot("slot", "files"))
                    .at("/elements/1/url")
                    .asText();
            assertThat(get(url).statusCode()).isEqualTo(200);
            assertThat(welcome.get("session").asText()).isNotBlank();
        }
        // The tab is gone for longer than quarkus.weft.sessions.reconnect-timeout (300 ms here): the session ended.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (get(url).statusCode() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
