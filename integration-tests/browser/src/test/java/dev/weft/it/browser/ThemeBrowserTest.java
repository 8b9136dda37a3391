package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Light and dark: the browser's preference, the switch in the header, and the charts following. */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GALLERY)
class ThemeBrowserTest {

    static final String LIGHT_TEXT_MUTED = "#667085";
    static final String DARK_TEXT_MUTED = "#98a2b3";

    /** In every page, from before its first script: the theme as it was when the body began. */
    static final String RECORD_FIRST_PAINT_THEME = """
            window.themeAtFirstBody = null;
            new MutationObserver((records, observer) => {
              if (!document.body) return;
              window.themeAtFirstBody = document.documentElement.dataset.theme ?? 'none';
              observer.disconnect();
            }).observe(document, { childList: true, subtree: true });
            """;

    /** In the page: the colours the chart of the "charts" slot was last drawn with (axis labels, legend). */
    static final String CHART_COLOURS = """
            async () => {
              const echarts = await import('echarts');
              const option = echarts.getInstanceByDom(document.querySelector('[data-slot="charts"] .weft-chart')).getOption();
              return { axis: option.yAxis[0].axisLabel.color, legend: option.legend[0].textStyle.color,
                       tooltip: option.tooltip[0].backgroundColor };
            }
            """;

    @Test
    void followsTheBrowser_untilTheUserPicks_thenRemembersThePick_andChartsFollow(Browser browser, ExampleServer app) {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(ColorScheme.LIGHT))) {
            context.addInitScript(RECORD_FIRST_PAINT_THEME);
            Page page = context.newPage();
            GalleryPage gallery = GalleryPage.open(page, app, "/");
            Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"));

            assertEquals("light", gallery.theme());
            assertEquals("light", page.evaluate("() => window.themeAtFirstBody"));
            assertThat(toggle).hasAttribute("aria-pressed", "false");
            assertEquals(LIGHT_TEXT_MUTED, gallery.css("--weft-text-muted"));
            assertEquals(LIGHT_TEXT_MUTED, chartColours(page).get("axis"));

            // No pick yet: the page follows the browser's preference as it changes, charts included.
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            page.waitForFunction("() => document.documentElement.dataset.theme === 'dark'");
            assertThat(toggle).hasAttribute("aria-pressed", "true");
            assertEquals(DARK_TEXT_MUTED, gallery.css("--weft-text-muted"));
            assertEquals(DARK_TEXT_MUTED, chartColours(page).get("axis"));
            assertEquals(gallery.css("--weft-surface"), chartColours(page).get("tooltip"));
            assertNull(page.evaluate("() => localStorage.getItem('weft.theme')"), "following is not a pick");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            page.waitForFunction("() => document.documentElement.dataset.theme === 'light'");

            // The switch picks dark: remembered, and it wins over the browser's light preference.
            toggle.click();
            assertEquals("dark", gallery.theme());
            assertThat(toggle).hasAttribute("aria-pressed", "true");
            assertEquals(DARK_TEXT_MUTED, chartColours(page).get("axis"));
            assertEquals("dark", page.evaluate("() => localStorage.getItem('weft.theme')"));

            // A reload is dark before its first paint, and so is every page of the site.
            page.reload();
            assertEquals("dark", page.evaluate("() => window.themeAtFirstBody"));
            new GalleryPage(page).awaitSettled();
            assertEquals(DARK_TEXT_MUTED, chartColours(page).get("axis"));
            page.navigate(app.url("/about"));
            assertEquals("dark", page.evaluate("() => window.themeAtFirstBody"));

            // Picking the browser's theme again forgets the pick: the page follows the browser again.
            page.navigate(app.url("/"));
            new GalleryPage(page).awaitSettled();
            toggle.click();
            assertEquals("light", gallery.theme());
            assertNull(page.evaluate("() => localStorage.getItem('weft.theme')"));
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            page.waitForFunction("() => document.documentElement.dataset.theme === 'dark'");
        }
    }

    @Test
    void themeSwitch_worksFromTheKeyboard(ExampleServer app, Page page) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        GalleryPage gallery = GalleryPage.open(page, app, "/");
        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"));
        toggle.focus();
        page.keyboard().press("Enter");
        assertEquals("dark", gallery.theme());
        page.keyboard().press("Space");
        assertEquals("light", gallery.theme());
        assertThat(toggle).isFocused();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> chartColours(Page page) {
        return (Map<String, String>) page.evaluate(CHART_COLOURS);
    }

    @Nested
    @UsesExample(Example.GALLERY_THEMED)
    class Configured {

        @Test
        void modeAndPrimaryColour_comeFromConfiguration(Browser browser, ExampleServer app) {
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(ColorScheme.LIGHT))) {
                Page page = context.newPage();
                GalleryPage gallery = GalleryPage.open(page, app, "/");
                Locator refresh = gallery.slot("widgets").getByRole(AriaRole.BUTTON);

                // quarkus.weft.theme.mode=dark: dark although the browser prefers light; the rose, lightened for dark.
                assertEquals("dark", gallery.theme());
                assertEquals("#ea617f", gallery.css("--weft-accent"));
                assertThat(refresh).hasCSS("background-color", "rgb(234, 97, 127)");

                // Light is a pick here (dark is the default), so it is remembered.
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"))
                        .click();
                assertEquals("light", gallery.theme());
                assertEquals("#e11d48", gallery.css("--weft-accent"));
                assertThat(refresh).hasCSS("background-color", "rgb(225, 29, 72)");
                assertThat(refresh).hasCSS("color", "rgb(255, 255, 255)");
                assertEquals("light", page.evaluate("() => localStorage.getItem('weft.theme')"));
            }
        }
    }
}
