package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page's first load asks for its icon once, though the browser shows it twice: as the tab's favicon
 * and as the logo in the page's header. The browser fetches a favicon apart from the page's images,
 * so Weft's logo is the favicon as a {@code data:} URL; an app's own icon file is fetched by both, the
 * second answered from the browser's cache (Weft's static files may be cached for a day). Requests
 * are counted in the browser (every request it makes, its cache's answers too) and in the server's
 * access log.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.SALES_REQUESTS_LOGGED)
class FaviconBrowserTest {

    /** How long the browser is given to ask for the tab's icon, which it does after the page has loaded. */
    private static final int FAVICON_WAIT_MS = 1_500;

    @Test
    void firstLoad_asksForWeftsIconOnce(ExampleServer app, Page page) {
        int before = requests(app, "/_weft/favicon.svg");
        List<String> asked = new CopyOnWriteArrayList<>();
        page.context().onRequest(request -> {
            if (request.url().endsWith("/_weft/favicon.svg")) {
                asked.add(request.resourceType());
            }
        });
        page.navigate(app.url("/"));
        new GalleryPage(page).awaitSettled();
        assertThat(page.locator("header.weft-header img.weft-logo")).isVisible();
        page.waitForTimeout(FAVICON_WAIT_MS);

        assertEquals(List.of("image"), asked, "the header's logo only, not the tab's favicon again");
        assertEquals(1, requests(app, "/_weft/favicon.svg") - before, app.logText());
        assertTrue(page.locator("link[rel=icon]").getAttribute("href").startsWith("data:image/svg+xml,"));
    }

    @Nested
    @UsesExample(Example.GALLERY_REQUESTS_LOGGED)
    class AppsOwnIcon {

        @Test
        void firstLoad_asksForTheAppsIconOnce(ExampleServer app, Page page) {
            int before = requests(app, "/gallery/about.svg");
            page.navigate(app.url("/about"));
            new GalleryPage(page).awaitSettled();
            assertThat(page.locator("header.weft-header img.weft-logo")).isVisible();
            page.waitForTimeout(FAVICON_WAIT_MS);

            assertEquals(1, requests(app, "/gallery/about.svg") - before, app.logText());
        }
    }

    /** How many {@code GET path} requests the server has answered so far, from its access log. */
    private static int requests(ExampleServer app, String path) {
        Matcher line = Pattern.compile("\"GET " + Pattern.quote(path) + " HTTP").matcher(app.logText());
        int count = 0;
        while (line.find()) {
            count++;
        }
        return count;
    }
}
