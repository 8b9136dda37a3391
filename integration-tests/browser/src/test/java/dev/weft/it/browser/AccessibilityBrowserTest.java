package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * axe-core (WCAG 2.1 A and AA, and axe's best practices) finds nothing on the gallery's pages, in the
 * light and the dark theme, wide and on a phone with the drawer open: labels and names of every
 * control, landmarks, contrast of every text, valid ARIA.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GALLERY)
class AccessibilityBrowserTest {

    @Test
    void galleryAndAbout_lightAndDark_haveNoViolations(Browser browser, ExampleServer app) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(scheme))) {
                Page page = context.newPage();
                for (String path : List.of("/", "/about")) {
                    GalleryPage.open(page, app, path);
                    List<String> violations = Axe.violations(page);
                    assertEquals(List.of(), violations, path + " in " + scheme + ":" + Axe.report(violations));
                }
            }
        }
    }

    @Test
    void phoneWithTheDrawerOpen_hasNoViolations(Browser browser, ExampleServer app) {
        try (BrowserContext context =
                browser.newContext(PhoneBrowserTest.phone().setColorScheme(ColorScheme.DARK))) {
            Page page = context.newPage();
            GalleryPage.open(page, app, "/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"))
                    .tap();
            List<String> violations = Axe.violations(page);
            assertEquals(List.of(), violations, Axe.report(violations));
        }
    }

    @Nested
    @UsesExample(Example.SALES)
    class Sales {

        @Test
        void page_hasNoViolations(ExampleServer app, Page page) {
            page.setViewportSize(1280, 900);
            page.navigate(app.url("/"));
            new GalleryPage(page).awaitSettled();
            List<String> violations = Axe.violations(page);
            assertEquals(List.of(), violations, Axe.report(violations));
        }
    }
}
