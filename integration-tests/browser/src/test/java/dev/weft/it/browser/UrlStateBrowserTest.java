package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales example's filters are bound to the URL: a view is a link that opens the same view in
 * another browser, and back and forward step through the filters picked.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.SALES)
class UrlStateBrowserTest {

    private static final String REGION_SELECT = "#weft section.weft-slot[data-slot=\"filters\"] select";

    @Test
    void aViewsUrl_opensTheSameViewInAFreshBrowser(ExampleServer app, Page page, Browser browser) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        SalesPage sales = new SalesPage(page).awaitChartsRendered().awaitAllDone();
        sales.yearSlider().focus();
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        page.waitForURL(Pattern.compile(".*\\?year=2023$"));
        page.locator(REGION_SELECT).selectOption("Americas");
        page.waitForURL(Pattern.compile(".*\\?year=2023&region=Americas$"));
        assertThat(revenueText(page)).hasText("Americas, 2023, in thousands of euros.");
        String link = page.url();

        try (BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            Page other = fresh.newPage();
            other.navigate(link);
            SalesPage shared = new SalesPage(other).awaitChartsRendered().awaitAllDone();
            assertThat(shared.yearReadout()).hasText("2023");
            assertThat(other.locator(REGION_SELECT + " option:checked")).hasText("Americas");
            assertThat(revenueText(other)).hasText("Americas, 2023, in thousands of euros.");
            assertThat(other.locator(".weft-widget-note")).hasCount(0);
            assertEquals(1L, shared.gens().get("revenue"), "its first run already had the link's filters");
            assertEquals(link, other.url(), "the URL stays as it was opened");
            shot(other, "urlstate-shared-link.png");
        }
    }

    @Test
    void backAndForward_moveBetweenViews(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        new SalesPage(page).awaitChartsRendered().awaitAllDone();
        page.locator(REGION_SELECT).selectOption("Asia-Pacific");
        page.waitForURL(Pattern.compile(".*/\\?region=Asia-Pacific$"));
        assertThat(revenueText(page)).hasText("Asia-Pacific, 2025, in thousands of euros.");
        page.waitForTimeout(1100); // a second change within a second would merge into this step
        page.locator(REGION_SELECT).selectOption("Americas");
        page.waitForURL(Pattern.compile(".*/\\?region=Americas$"));
        assertThat(revenueText(page)).hasText("Americas, 2025, in thousands of euros.");

        page.goBack();
        page.waitForURL(Pattern.compile(".*/\\?region=Asia-Pacific$"));
        assertThat(revenueText(page)).hasText("Asia-Pacific, 2025, in thousands of euros.");
        assertThat(page.locator(REGION_SELECT + " option:checked")).hasText("Asia-Pacific");
        page.goBack();
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(revenueText(page)).hasText("Europe, 2025, in thousands of euros.");
        assertThat(page.locator(REGION_SELECT + " option:checked")).hasText("Europe");
        page.goForward();
        page.waitForURL(Pattern.compile(".*/\\?region=Asia-Pacific$"));
        assertThat(revenueText(page)).hasText("Asia-Pacific, 2025, in thousands of euros.");
    }

    @Test
    void aLinkWithABadValue_showsTheDefault_withANote(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/?year=1999&region=Atlantis"));
        new SalesPage(page).awaitChartsRendered().awaitAllDone();
        assertThat(revenueText(page)).hasText("Europe, 2025, in thousands of euros.");
        Locator notes = page.locator("#weft section.weft-slot[data-slot=\"filters\"] .weft-widget-note");
        assertThat(notes).hasCount(2);
        assertThat(notes.nth(1)).containsText("Atlantis");
        page.waitForURL(Pattern.compile(".*/$")); // the refused values leave the URL
        assertThat(page.locator(".weft-error")).hasCount(0);
        shot(page, "urlstate-bad-link.png");
    }

    private static Locator revenueText(Page page) {
        return page.locator("#weft section.weft-slot[data-slot=\"revenue\"] p.weft-text");
    }

    private static void shot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("weft.shots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }
}
