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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page tells the browser whether its app has drawn a chart ({@code data-charts}), so that the
 * browser warms its chart library up while the first fragments run only where charts will come.
 */
class ChartedPageTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Plain.class, Charted.class, WeftTestClient.class)
                    .addClass(ChartedPageTest.class.getPackageName() + ".ChartedPageTest_Plain_WeftApp")
                    .addClass(ChartedPageTest.class.getPackageName() + ".ChartedPageTest_Charted_WeftApp"));

    private static final Pattern SESSION = Pattern.compile("data-session=\"([0-9a-f]{32})\"");
    private static final Pattern CHARTS = Pattern.compile("data-charts=\"(true|false)\"");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/plain")
    public static class Plain {

        @Fragment
        void work(Ui ui) {
            ui.text("no chart here");
        }
    }

    @App(path = "/charted")
    public static class Charted {

        @Fragment
        void work(Ui ui) {
            ui.text("a chart below");
            ui.columns(2).get(1).lineChart(List.of(1, 4, 2, 5));
        }
    }

    @Test
    void page_saysWhetherItsAppHasDrawnAChart() throws Exception {
        runOnce("/plain");
        assertThat(charts(page("/plain"))).as("an app whose runs drew no chart").isEqualTo("false");

        runOnce("/charted");
        assertThat(charts(page("/charted")))
                .as("an app whose run drew a chart (in a column)")
                .isEqualTo("true");
        assertThat(charts(page("/plain"))).as("each app on its own").isEqualTo("false");
    }

    /** Opens the page at {@code path} and waits for its page-started session's run to finish. */
    private void runOnce(String path) throws Exception {
        Matcher session = SESSION.matcher(page(path));
        assertThat(session.find()).as("the page carries its session id").isTrue();
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.send("{\"v\":1,\"type\":\"hello\",\"app\":\"" + path + "\",\"session\":null,\"prestarted\":\""
                    + session.group(1) + "\"}");
            client.await(WeftTestClient.type("welcome"));
            client.awaitFinished("work");
        }
    }

    private String page(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Cookie", WeftTestClient.cookie(WeftTestClient.BROWSER))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String charts(String page) {
        Matcher matcher = CHARTS.matcher(page);
        assertThat(matcher.find())
                .as("the page says whether its app draws charts")
                .isTrue();
        return matcher.group(1);
    }
}
