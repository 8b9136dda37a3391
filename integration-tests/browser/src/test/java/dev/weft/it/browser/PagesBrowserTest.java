package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Several {@code @App} classes on one server: the pages menu, and each page's title and icon. */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GALLERY)
class PagesBrowserTest {

    @Test
    void menu_listsEveryPageInOrder_marksTheCurrentOne_andItsLinksOpenThePages(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage gallery = GalleryPage.open(page, app, "/");

        assertThat(gallery.menu()).hasAttribute("aria-label", "Pages");
        Locator links = gallery.menu().getByRole(AriaRole.LINK);
        assertThat(links.locator(".weft-nav-title"))
                .hasText(new String[] {"Gallery", "About this site"}); // @App(order = 1), (order = 2)
        assertThat(links.nth(0)).hasAttribute("aria-current", "page");
        assertNull(links.nth(1).getAttribute("aria-current"));
        assertThat(gallery.sidebar()).isVisible();
        String gallerySession = session(page);

        links.nth(1).click(); // an ordinary link
        page.waitForURL(app.url("/about"));
        new GalleryPage(page).awaitSettled();
        assertEquals("About this site", page.title());
        assertThat(page.locator("#weft h1")).hasText("About this site");
        assertThat(links.nth(1)).hasAttribute("aria-current", "page");
        assertNull(links.nth(0).getAttribute("aria-current"));
        assertNotEquals(gallerySession, session(page), "each page is its own session");

        // Back from the keyboard.
        gallery.menu()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gallery"))
                .focus();
        page.keyboard().press("Enter");
        page.waitForURL(app.url("/"));
        new GalleryPage(page).awaitSettled();
        assertEquals("Gallery", page.title());
        assertThat(links.nth(0)).hasAttribute("aria-current", "page");
    }

    @Test
    void eachPage_hasItsOwnTitleFaviconAndHeaderIcon(ExampleServer app, Page page) {
        GalleryPage.open(page, app, "/");
        assertEquals("Gallery", page.title());
        String favicon = page.locator("link[rel=icon]").getAttribute("href");
        assertTrue(favicon.startsWith("data:image/svg+xml,"), favicon);
        assertTrue(
                URLDecoder.decode(favicon, StandardCharsets.UTF_8).contains("\uD83E\uDDF5"), "the emoji: " + favicon);
        assertThat(page.locator("header.weft-header .weft-logo")).hasText("\uD83E\uDDF5");
        assertThat(page.locator("header.weft-header .weft-app-title")).hasText("Gallery");

        GalleryPage.open(page, app, "/about");
        assertEquals("About this site", page.title());
        assertEquals("/gallery/about.svg", page.locator("link[rel=icon]").getAttribute("href"));
        assertThat(page.locator("header.weft-header img.weft-logo")).hasAttribute("src", "/gallery/about.svg");
        APIResponse icon = page.request().get(app.url("/gallery/about.svg"));
        assertEquals(200, icon.status());
        assertTrue(
                icon.headers().get("content-type").startsWith("image/svg+xml"),
                icon.headers().toString());
    }

    private static String session(Page page) {
        return (String) page.evaluate("() => window.weft.state.session");
    }

    @Nested
    @UsesExample(Example.SALES)
    class SinglePage {

        @Test
        void siteOfOneApp_showsNoMenu_andWeftsIcon(ExampleServer app, Page page) {
            page.setViewportSize(1280, 900);
            page.navigate(app.url("/"));
            new GalleryPage(page).awaitSettled();

            assertThat(page.locator("#weft nav.weft-nav")).hasCount(0);
            assertThat(page.locator("#weft aside.weft-sidebar")).isVisible(); // it holds the filters
            assertTrue(page.locator("link[rel=icon]").getAttribute("href").startsWith("data:image/svg+xml,"));
        }
    }
}
