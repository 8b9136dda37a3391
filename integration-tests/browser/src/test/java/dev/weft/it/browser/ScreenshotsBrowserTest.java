package dev.weft.it.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's screenshots, in {@code docs/screenshots/} ({@link Screenshots}): the gallery and the
 * dashboards in light and dark at 1280 px, and the gallery on a phone.
 */
@ExtendWith(WeftBrowserExtension.class)
class ScreenshotsBrowserTest {

    /** Opens {@code path} at 1280 px wide in {@code scheme}, waits until it has settled, saves it as {@code name}. */
    static void shoot(Browser browser, ExampleServer app, String path, ColorScheme scheme, String name) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setDeviceScaleFactor(1)
                .setColorScheme(scheme))) {
            Page page = context.newPage();
            GalleryPage.open(page, app, path);
            Screenshots.save(page, name);
        }
    }

    @Nested
    @UsesExample(Example.GALLERY)
    class Gallery {

        @Test
        void gallery_lightAndDark(Browser browser, ExampleServer app) {
            shoot(browser, app, "/", ColorScheme.LIGHT, "gallery-light");
            shoot(browser, app, "/", ColorScheme.DARK, "gallery-dark");
        }

        @Test
        void gallery_onAPhone_withTheDrawerOpen(Browser browser, ExampleServer app) {
            try (BrowserContext context =
                    browser.newContext(PhoneBrowserTest.phone().setColorScheme(ColorScheme.DARK))) {
                Page page = context.newPage();
                GalleryPage.open(page, app, "/");
                Screenshots.save(page, "gallery-phone-dark", false);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"))
                        .tap();
                Screenshots.save(page, "gallery-phone-drawer-dark", false);
            }
        }
    }

    @Nested
    @UsesExample(Example.DASHBOARD)
    class Dashboard {

        @Test
        void dashboard_lightAndDark(Browser browser, ExampleServer app) {
            shoot(browser, app, "/", ColorScheme.LIGHT, "dashboard-light");
            shoot(browser, app, "/", ColorScheme.DARK, "dashboard-dark");
        }
    }

    @Nested
    @UsesExample(Example.SALES)
    class Sales {

        @Test
        void sales_lightAndDark(Browser browser, ExampleServer app) {
            shoot(browser, app, "/", ColorScheme.LIGHT, "sales-light");
            shoot(browser, app, "/", ColorScheme.DARK, "sales-dark");
        }
    }
}
