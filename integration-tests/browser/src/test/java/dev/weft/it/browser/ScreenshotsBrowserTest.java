package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's screenshots, in {@code docs/screenshots/} ({@link Screenshots}): the gallery and the
 * dashboards in light and dark at 1280 px, and the gallery on a phone. The gallery is the visual
 * regression page, so it is first checked to hold every element and widget there is.
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

    /**
     * What each element and widget the client draws looks like in the DOM (docs/protocol.md), as the
     * gallery draws it: its final content, once settled.
     */
    static final Map<String, String> EVERY_ELEMENT = everyElement();

    private static Map<String, String> everyElement() {
        Map<String, String> all = new LinkedHashMap<>();
        // Text
        all.put("title", "h1");
        all.put("header", "h2");
        all.put("subheader", "h3.weft-subheader");
        all.put("text", "p.weft-text");
        all.put("markdown", "div.weft-markdown a[href]");
        all.put("caption", "p.weft-caption");
        all.put("code", "div.weft-code[data-language=java][data-highlighted=true] .hljs-keyword");
        all.put("divider", "hr.weft-divider");
        all.put("html", "div.weft-html mark");
        // Data
        all.put("json", "div.weft-json details.weft-json-node .weft-json-key");
        all.put("metric, rising", ".weft-metric-delta[data-direction=up][data-color=good]");
        all.put("metric, falling", ".weft-metric-delta[data-direction=down][data-color=bad]");
        all.put("metric, inverse", ".weft-metric-delta[data-direction=down][data-color=good]");
        all.put("metric, grey", ".weft-metric-delta[data-color=off]");
        all.put("table", "div.weft-table[data-state=ready] tbody tr");
        all.put("image", "figure.weft-image[data-loaded=true] img");
        all.put("image caption", "figure.weft-image figcaption");
        all.put("download_button", "a.weft-download[href][download]");
        // Charts
        for (String kind : List.of("line_chart", "area_chart", "bar_chart", "scatter_chart", "chart")) {
            all.put(kind, ".weft-chart[data-kind=" + kind + "][data-rendered=true]");
        }
        // Status
        for (String kind : List.of("info", "success", "warning")) {
            all.put(kind, "div.weft-callout.weft-callout-" + kind + " .weft-callout-message");
        }
        all.put("error", "div.weft-error[role=alert] p.weft-error-message");
        all.put("exception", "div.weft-error:has-text('IllegalStateException')");
        all.put("status", "details.weft-status[data-state=complete] summary.weft-status-label");
        all.put("progress", "div.weft-progress[role=progressbar]");
        // Layout
        all.put("columns", "div.weft-columns > div.weft-column");
        all.put("tabs", "div.weft-tabs button.weft-tab[role=tab]");
        all.put("expander", "details.weft-expander[open] summary.weft-expander-label");
        all.put("container", "div.weft-container");
        all.put("empty", "div.weft-empty");
        // Widgets
        for (String kind : List.of(
                "slider",
                "range_slider",
                "selectbox",
                "multiselect",
                "radio",
                "checkbox",
                "toggle",
                "text_input",
                "text_area",
                "number_input",
                "date_input",
                "time_input",
                "color_picker",
                "button",
                "file_uploader",
                "pills",
                "segmented_control",
                "select_slider",
                "range_select_slider",
                "date_range_input")) {
            all.put(kind, "div.weft-widget[data-kind=" + kind + "] [data-weft-input]");
        }
        all.put("slider, decimal", "div.weft-widget[data-kind=slider] input[type=range][step='0.05']");
        all.put("disabled widget", "div.weft-widget.weft-widget-disabled");
        all.put("link_button", "a.weft-link-button[href]");
        all.put("widget help", "div.weft-widget .weft-help[aria-describedby]");
        all.put("hidden label", "div.weft-widget[data-label-visibility=hidden] [aria-label]");
        all.put("form", "form.weft-form[data-form-id] button[type=submit].weft-submit");
        return all;
    }

    @Nested
    @UsesExample(Example.GALLERY)
    class Gallery {

        @Test
        void gallery_showsEveryElementAndWidget(ExampleServer app, Page page) {
            page.setViewportSize(1280, 900);
            GalleryPage gallery = GalleryPage.open(page, app, "/");
            List<String> missing = EVERY_ELEMENT.entrySet().stream()
                    .filter(e -> page.locator("#weft main " + e.getValue()).count() == 0)
                    .map(Map.Entry::getKey)
                    .toList();
            assertEquals(List.of(), missing, "the gallery lacks these elements and widgets");
            assertThat(page.locator("#weft .weft-unsupported")).hasCount(0);
            assertThat(page.locator("#weft [data-state=failed]")).hasCount(0);
            // display(value): Markdown, text, a Renderable's SVG, a chart spec and records as a table.
            Locator display = gallery.slot("display");
            assertThat(display.locator(".weft-markdown strong")).hasText("Returns");
            assertThat(display.locator("figure.weft-image[data-loaded=true]")).hasCount(1);
            assertThat(display.locator(".weft-chart[data-kind=chart][data-rendered=true]"))
                    .hasCount(1);
            assertThat(display.locator(".weft-table tbody tr")).hasCount(3);
            // The PNG and the SVG, each loaded.
            assertThat(gallery.slot("media").locator("figure.weft-image[data-loaded=true]"))
                    .hasCount(2);

            // A spinner and a moving progress bar while a run goes on, then a toast; none of them stays.
            Locator status = gallery.slot("status");
            long gen = gallery.gen("status");
            status.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run the import"))
                    .click();
            assertThat(status.locator("div.weft-spinner-line[role=status]")).isVisible();
            assertThat(page.locator("div.weft-toasts div.weft-toast")).containsText("Import finished: 6 files.");
            gallery.awaitDoneAfter("status", gen);
            assertThat(status.locator("div.weft-spinner-line")).hasCount(0);
            assertThat(status.locator("div.weft-progress")).hasAttribute("aria-valuenow", "100");
            assertEquals(0L, ((Number) page.evaluate("() => window.weft.state.widgetErrors")).longValue());
        }

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
