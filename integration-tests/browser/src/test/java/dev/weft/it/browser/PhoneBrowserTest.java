package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every example on a phone (390 × 844, touch): nothing scrolls sideways, columns stack, the sidebar is a drawer. */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GALLERY)
class PhoneBrowserTest {

    static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true);
    }

    /** Opens {@code path} on a phone and checks that the settled page does not scroll sideways. */
    static void assertFitsAPhone(Browser browser, ExampleServer app, String path) {
        try (BrowserContext context = browser.newContext(phone())) {
            Page page = context.newPage();
            GalleryPage view = GalleryPage.open(page, app, path);
            assertFalse(view.overflowsSideways(), path + " scrolls sideways on a phone: " + widest(page));
            assertThat(view.sidebar()).isHidden();
        }
    }

    /** The element that sticks out furthest to the right, for the failure message. */
    static Object widest(Page page) {
        return page.evaluate("""
                () => [...document.querySelectorAll('#weft *')]
                  .map(e => [e.tagName.toLowerCase() + '.' + [...e.classList].join('.'), Math.round(e.getBoundingClientRect().right)])
                  .sort((a, b) => b[1] - a[1]).slice(0, 3)
                """);
    }

    @Test
    void gallery_fitsAPhone_columnsStack_sidebarIsADrawerWithTheMenu(Browser browser, ExampleServer app) {
        try (BrowserContext context = browser.newContext(phone())) {
            Page page = context.newPage();
            GalleryPage gallery = GalleryPage.open(page, app, "/");

            assertFalse(gallery.overflowsSideways(), "scrolls sideways: " + widest(page));
            assertThat(gallery.sidebar()).isHidden();
            Locator columns = gallery.slot("layout").locator(".weft-columns > .weft-column");
            BoundingBox first = GalleryPage.box(columns.nth(0));
            BoundingBox second = GalleryPage.box(columns.nth(1));
            assertTrue(second.y >= first.y + first.height - 1, "columns stacked");
            assertEquals(first.x, second.x, 1);
            BoundingBox slot = GalleryPage.box(gallery.slot("widgets"));
            assertTrue(
                    slot.x >= 0 && slot.x + slot.width <= 390,
                    "a slot within the screen: " + slot.x + "+" + slot.width);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"))
                    .tap();
            assertThat(gallery.sidebar()).isVisible();
            assertThat(gallery.menu()).isVisible();
            assertFalse(gallery.overflowsSideways(), "the open drawer scrolls sideways: " + widest(page));
            // A tap beside the drawer closes it.
            page.touchscreen().tap(380, 400);
            assertThat(gallery.sidebar()).isHidden();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"))
                    .tap();
            gallery.menu()
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("About this site"))
                    .tap();
            page.waitForURL(app.url("/about"));
            GalleryPage about = new GalleryPage(page).awaitSettled();
            assertThat(about.sidebar()).isHidden(); // closed again on the new page
            assertFalse(about.overflowsSideways(), "scrolls sideways: " + widest(page));
        }
    }

    @Nested
    @UsesExample(Example.DASHBOARD)
    class Dashboard {

        @Test
        void everyPage_fitsAPhone(Browser browser, ExampleServer app) {
            assertFitsAPhone(browser, app, "/");
            assertFitsAPhone(browser, app, "/sequential");
        }
    }

    @Nested
    @UsesExample(Example.SALES)
    class Sales {

        @Test
        void page_fitsAPhone(Browser browser, ExampleServer app) {
            assertFitsAPhone(browser, app, "/");
        }
    }

    @Nested
    @UsesExample(Example.LAYOUT)
    class Layout {

        @Test
        void page_fitsAPhone(Browser browser, ExampleServer app) {
            assertFitsAPhone(browser, app, "/");
        }
    }
}
