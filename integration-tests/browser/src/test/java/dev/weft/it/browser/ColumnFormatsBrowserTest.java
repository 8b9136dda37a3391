package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The column formats of the elements example ({@code /formats}) as a user in Berlin sees them: a
 * browser in German with Berlin's time zone gets German numbers and Berlin times, although the
 * server started the session, and drew its table, before the browser said which it uses.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.ELEMENTS)
class ColumnFormatsBrowserTest {

    /** Where screenshots for a person to look at go, besides target/. */
    private static final Path SHOTS = Paths.get(System.getProperty("weft.shots", "target/screenshots"));

    @Test
    void aBerlinUser_seesEveryFormat_andThePinnedColumnStaysInViewOnSidewaysScroll(Browser browser, ExampleServer app)
            throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1100, 760)
                .setLocale("de-DE")
                .setTimezoneId("Europe/Berlin"))) {
            Page page = context.newPage();
            page.navigate(app.url("/formats"));
            Slots.awaitDone(page, List.of("funds"));
            Locator table = Slots.slot(page, "funds").locator(".weft-table");
            Locator first = table.locator("tbody tr").first();

            assertThat(table.locator("thead th")).hasCount(15); // ISIN is hidden
            assertEquals(
                    List.of(
                            "Nordlicht Global",
                            "",
                            "Open",
                            "1.234,50\u00a0€",
                            "2,56\u00a0%",
                            "1.250.000",
                            "7 Dez. 2026, 13:30",
                            "24.03.2011",
                            "17:30",
                            "0,82",
                            "",
                            "",
                            "✓",
                            "EquityGlobal",
                            "2011"),
                    first.locator("td").allTextContents());
            assertThat(first.locator("td[data-kind=link] a"))
                    .hasAttribute("href", "https://nordlicht.example/funds/DE000A0X1");
            assertThat(first.locator("td[data-kind=link] a")).hasAttribute("rel", "noopener noreferrer");
            assertTrue((Boolean)
                    first.locator("td[data-kind=image] img").evaluate("img => img.complete && img.naturalWidth > 0"));
            assertThat(first.locator("td[data-kind=progress] [role=progressbar]"))
                    .hasAttribute("aria-valuenow", "0.82");
            assertEquals("82%", first.locator(".weft-cell-progress-fill").evaluate("e => e.style.width"));
            assertThat(first.locator("td[data-kind=line_spark] svg path")).hasCount(1);
            assertThat(first.locator("td[data-kind=bar_spark] svg rect")).hasCount(5);
            assertThat(first.locator("td[data-kind=bar_spark] svg rect[data-negative=true]"))
                    .hasCount(1);
            assertThat(first.locator(".weft-cell-tag")).hasText(new String[] {"Equity", "Global"});
            assertThat(table.locator("tbody tr").nth(1).locator(".weft-cell-check"))
                    .hasAttribute("aria-label", "no");
            assertThat(table.locator("thead th[data-column=Price]")).hasAttribute("data-align", "right");
            assertThat(table.locator("thead th[data-column=Green]")).hasAttribute("data-align", "center");
            shoot(page, table, "formats-berlin");
            page.setViewportSize(1800, 760);
            shoot(page, table, "formats-wide");
            table.locator(".weft-table-scroll").evaluate("s => { s.scrollLeft = 520; }");
            shoot(page, table, "formats-middle");
            table.locator(".weft-table-scroll").evaluate("s => { s.scrollLeft = 0; }");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            shoot(page, table, "formats-wide-dark");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            page.setViewportSize(1100, 760);

            // The search finds the text on the screen, not only the value behind it.
            table.locator(".weft-table-search").fill("1.234,50");
            assertThat(table.locator("tbody tr")).hasCount(1);
            assertThat(table.locator("tbody tr td").first()).hasText("Nordlicht Global");
            assertThat(table.locator("tbody tr td").nth(3)).hasText("1.234,50 €");
            table.locator(".weft-table-search").fill("");
            assertThat(table.locator("tbody tr")).hasCount(4);

            // Sideways: the pinned name stays at the left edge while the price scrolls out of view.
            page.setViewportSize(700, 760);
            Locator scroll = table.locator(".weft-table-scroll");
            Locator name = table.locator("tbody tr").first().locator("td").first();
            Locator price = table.locator("tbody tr").first().locator("td").nth(3);
            BoundingBox box = scroll.boundingBox();
            double nameBefore = name.boundingBox().x;
            double priceBefore = price.boundingBox().x;
            scroll.evaluate("s => { s.scrollLeft = s.scrollWidth; }");
            page.waitForFunction("s => s.scrollLeft > 300", scroll.elementHandle());
            assertEquals(nameBefore, name.boundingBox().x, 0.5);
            assertEquals(box.x, name.boundingBox().x, 1.5);
            assertTrue(price.boundingBox().x < priceBefore - 300, "the price scrolled sideways");
            // Nothing scrolls visibly under the pinned cell: it is what is drawn at its own centre.
            assertTrue((Boolean) name.evaluate("td => { const r = td.getBoundingClientRect();"
                    + " const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + " return td.contains(top); }"));
            shoot(page, table, "formats-scrolled");
        }
    }

    private static void shoot(Page page, Locator table, String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.mouse().move(0, 0);
        table.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-page.png")));
    }
}
