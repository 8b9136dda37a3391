package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bean pushes a rerun (the live example's {@code POST /orders}): every open tab redraws exactly the
 * fragments that depend on the pushed one, and a fragment outside that graph keeps its content.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.LIVE)
class PushBrowserTest {

    private static final int TABS = 3;

    @Test
    void pushFromABean_redrawsExactlyTheDependentsInEveryOpenTab(ExampleServer app, Browser browser) throws Exception {
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            List<Page> tabs = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                contexts.add(context);
                Page page = context.newPage();
                page.navigate(app.url("/"));
                tabs.add(page);
            }
            List<long[]> before = new ArrayList<>();
            for (Page tab : tabs) {
                Slots.awaitDone(tab, List.of("count", "table", "note"));
                before.add(new long[] {Slots.gen(tab, "count"), Slots.gen(tab, "table"), Slots.gen(tab, "note")});
            }

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(app.url("/orders?product=Jasmine%20tea&quantity=3")))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(
                    Integer.parseInt(response.body().strip()) >= TABS, "pushed to every open tab: " + response.body());

            for (int i = 0; i < TABS; i++) {
                Page tab = tabs.get(i);
                Slots.awaitDoneAfter(tab, "count", before.get(i)[0]);
                Slots.awaitDoneAfter(tab, "table", before.get(i)[1]);
                assertThat(Slots.slot(tab, "table")).containsText("Jasmine tea", timeout());
                assertEquals(before.get(i)[2], Slots.gen(tab, "note"), "the note takes nothing pushed: not redrawn");
                assertThat(Slots.slot(tab, "note")).containsText("has run 1 time.", timeout());
            }
            tabs.get(TABS - 1)
                    .screenshot(new Page.ScreenshotOptions()
                            .setPath(Paths.get("target", "screenshots", "live-pushed.png"))
                            .setFullPage(true));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private static LocatorAssertions.ContainsTextOptions timeout() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(Slots.TIMEOUT_MS);
    }
}
