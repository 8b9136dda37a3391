package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Each app's page is served at its path, with its title, and loads the client and its libraries. */
class PageRouteTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Sales.class)
            .addClass(PageRouteTest.class.getPackageName() + ".PageRouteTest_Sales_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(title = "Sales <&> Co", path = "/sales")
    public static class Sales {

        @Fragment
        void total(Ui ui) {
            ui.text("42");
        }
    }

    @Test
    void page_isServedWithEscapedTitleAndClient() throws Exception {
        HttpResponse<String> page = get("/sales");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Sales &lt;&amp;&gt; Co</title>");
        assertThat(page.body()).contains("/_weft/weft.js").contains("/_weft/weft.css");
        assertThat(page.body()).doesNotContain("{{");
    }

    @Test
    void clientAndLibraries_areServed() throws Exception {
        String page = get("/sales").body();
        assertThat(get("/_weft/weft.js").statusCode()).isEqualTo(200);
        assertThat(get("/_weft/weft.css").statusCode()).isEqualTo(200);
        for (String library : new String[] {"echarts", "marked", "dompurify"}) {
            int at = page.indexOf("\"" + library + "\":\"");
            assertThat(at).as(library + " in the import map").isPositive();
            String url = page.substring(at + library.length() + 4, page.indexOf('"', at + library.length() + 4));
            assertThat(get(url).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void client_isOneModuleAndOneStyleSheet() throws Exception {
        // One request each, whatever the page draws: nothing in them asks for a further file of Weft's.
        String script = get("/_weft/weft.js").body();
        assertThat(script).doesNotContainPattern("(?:import|from)\\s*[\"'](?:\\.{1,2}/|/)");
        assertThat(script).contains("\"echarts\"").contains("\"marked\"").contains("\"dompurify\"");
        String styles = get("/_weft/weft.css").body();
        assertThat(styles).doesNotContain("@import").contains("--weft-accent");
        // The modules it was built from are not served: no component can load a second copy of the page's state.
        assertThat(get("/_weft/state.js").statusCode()).isEqualTo(404);
        assertThat(get("/_weft/elements/chart.js").statusCode()).isEqualTo(404);
    }

    @Test
    void otherPaths_areNotPages() throws Exception {
        assertThat(get("/sales/other").statusCode()).isEqualTo(404);
        assertThat(get("/_weft/dev/ping").statusCode())
                .as("dev ping exists only in dev mode")
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
