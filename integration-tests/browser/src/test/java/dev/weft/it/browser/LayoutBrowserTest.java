package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Layout containers and the sidebar in a real headless Chromium, on the layout example. */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.LAYOUT)
class LayoutBrowserTest {

    @Test
    void wideScreen_columnsSideBySide_tabsAndExpanderWork_sidebarOnTheLeft(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        LayoutPage layout = new LayoutPage(page).awaitAllDone();

        assertThat(layout.sidebar().locator("section.weft-slot")).hasCount(1);
        assertThat(layout.sidebar().locator("section.weft-slot[data-slot=\"settings\"]"))
                .isVisible();
        BoundingBox sidebar = LayoutPage.box(layout.sidebar());
        BoundingBox overview = LayoutPage.box(layout.slot("overview"));
        assertTrue(sidebar.x + sidebar.width <= overview.x, "the sidebar is left of the main column");

        Locator columns = layout.slot("overview").locator(".weft-columns > .weft-column");
        assertThat(columns).hasCount(3);
        List<BoundingBox> boxes =
                List.of(LayoutPage.box(columns.nth(0)), LayoutPage.box(columns.nth(1)), LayoutPage.box(columns.nth(2)));
        for (int i = 1; i < 3; i++) {
            assertEquals(boxes.get(0).y, boxes.get(i).y, 1, "columns side by side");
            assertTrue(boxes.get(i).x > boxes.get(i - 1).x + boxes.get(i - 1).width - 1, "columns left to right");
            assertEquals(boxes.get(0).width, boxes.get(i).width, 2, "equal widths");
        }
        Locator reportColumns = layout.slot("report").locator(".weft-columns > .weft-column");
        double ratio = LayoutPage.box(reportColumns.nth(0)).width / LayoutPage.box(reportColumns.nth(1)).width;
        assertTrue(ratio > 1.7 && ratio < 2.3, "columns(2, 1): the first is twice as wide, was " + ratio);
        assertThat(layout.slot("report").locator(".weft-empty > *")).hasCount(1);
        assertThat(layout.slot("report").locator(".weft-empty")).containsText("Loaded 144 hourly readings");

        // Tabs: the first is shown; a click and the arrow keys pick others.
        Locator details = layout.slot("details");
        Locator tabs = details.getByRole(AriaRole.TAB);
        assertThat(tabs).hasText(new String[] {"Temperature", "Rain", "Data"});
        assertThat(tabs.nth(0)).hasAttribute("aria-selected", "true");
        assertThat(details.locator("[role=tabpanel]").nth(0).locator(DashboardPage.RENDERED_CHART))
                .isVisible();
        assertThat(details.locator("[role=tabpanel]").nth(1)).isHidden();
        tabs.nth(1).click();
        assertThat(details.locator("[role=tabpanel]").nth(1).locator(DashboardPage.RENDERED_CHART))
                .isVisible();
        // Drawn while its tab was hidden (no size), the chart fills the tab once it is shown.
        page.waitForFunction(
                "panel => { const c = panel.querySelector('canvas'); return c && c.clientWidth > 0"
                        + " && Math.abs(c.clientWidth - c.closest('.weft-chart').clientWidth) <= 1; }",
                details.locator("[role=tabpanel]").nth(1).elementHandle());
        assertThat(details.locator("[role=tabpanel]").nth(0)).isHidden();
        page.keyboard().press("ArrowRight");
        assertThat(tabs.nth(2)).hasAttribute("aria-selected", "true");
        assertThat(tabs.nth(2)).isFocused();
        assertThat(details.getByRole(AriaRole.TABPANEL)).containsText("High");

        // Expander: collapsed at first, opened by a click.
        Locator expander = details.locator("details.weft-expander");
        assertThat(expander).not().hasAttribute("open", "");
        expander.locator("summary").click();
        assertThat(expander).hasAttribute("open", "");
        assertThat(expander).containsText("generated from the city's name");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "layout.png"))
                .setFullPage(true));

        // A rerun keeps the tab picked and the expander opened.
        long before = layout.gen("details");
        layout.slot("settings").getByLabel("Fahrenheit").check();
        layout.awaitDoneAfter("details", before);
        assertThat(tabs.nth(2)).hasAttribute("aria-selected", "true");
        assertThat(details.getByRole(AriaRole.TABPANEL)).containsText("°F");
        assertThat(expander).hasAttribute("open", "");
    }

    @Test
    void narrowScreen_sidebarIsADrawerClosedAtFirst_columnsStacked(ExampleServer app, Page page) {
        page.setViewportSize(390, 844);
        // Dark, to look at; reduced motion, so the drawer is where it ends up as soon as it opens.
        page.emulateMedia(
                new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK).setReducedMotion(ReducedMotion.REDUCE));
        page.navigate(app.url("/"));
        LayoutPage layout = new LayoutPage(page).awaitAllDone();

        // Closed at first: the main column has the whole width.
        assertThat(layout.sidebar()).isHidden();
        Locator columns = layout.slot("overview").locator(".weft-columns > .weft-column");
        BoundingBox first = LayoutPage.box(columns.nth(0));
        BoundingBox second = LayoutPage.box(columns.nth(1));
        assertTrue(second.y >= first.y + first.height - 1, "columns stacked, first on top");
        assertEquals(first.x, second.x, 1);

        // Opened, it lies over the page from the left, below the header; Escape closes it.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"))
                .click();
        assertThat(layout.sidebar()).isVisible();
        BoundingBox drawer = LayoutPage.box(layout.sidebar());
        BoundingBox header = LayoutPage.box(page.locator("header.weft-header"));
        assertEquals(0, drawer.x, 1);
        assertTrue(drawer.width >= 280 && drawer.width < 390, "a drawer, not the whole screen: " + drawer.width);
        assertEquals(header.y + header.height, drawer.y, 1.5);
        assertThat(layout.slot("settings").getByLabel("City")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "layout-narrow-dark.png"))
                .setFullPage(false));
        page.keyboard().press("Escape");
        assertThat(layout.sidebar()).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar")))
                .isFocused();
    }

    @Test
    void sidebarToggle_collapsesAndExpandsFromTheKeyboard_andIsRemembered(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        page.navigate(app.url("/"));
        LayoutPage layout = new LayoutPage(page).awaitAllDone();

        Locator hide = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide sidebar"));
        assertThat(hide).hasAttribute("aria-expanded", "true");
        assertThat(hide).hasAttribute("aria-controls", "weft-sidebar");
        hide.focus();
        page.keyboard().press("Enter");
        assertThat(layout.sidebar()).isHidden();
        Locator show = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"));
        assertThat(show).hasAttribute("aria-expanded", "false");
        assertThat(show).isFocused();

        page.reload();
        new LayoutPage(page).awaitAllDone();
        assertThat(layout.sidebar()).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show sidebar"))
                .focus();
        page.keyboard().press("Space");
        assertThat(layout.sidebar()).isVisible();
        assertThat(layout.slot("settings").getByLabel("City")).isVisible();
    }

    /** In the page: records the report slot's state, partial flag and placeholder text at every change. */
    static final String RECORD_REPORT_JS = """
            () => {
              window.reportLog = [];
              const record = () => {
                const s = document.querySelector('#weft section.weft-slot[data-slot="report"]');
                if (!s) return;
                const body = s.querySelector('.weft-slot-body');
                window.reportLog.push({
                  state: s.dataset.state, partial: s.dataset.partial === 'true', gen: Number(s.dataset.gen ?? 0),
                  placeholder: s.querySelector('.weft-empty')?.textContent ?? null,
                  children: body.childElementCount, leftovers: body.querySelectorAll('.weft-leftover').length,
                  leftoverChart: body.querySelector('.weft-leftover.weft-chart, .weft-leftover .weft-chart') !== null,
                });
              };
              new MutationObserver(record).observe(document,
                  { attributes: true, childList: true, subtree: true, characterData: true });
            }
            """;

    @Test
    void slowFragment_fillsItsPlaceholderWhileItRuns_andAFieldKeepsItsFocus(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.addInitScript("(" + RECORD_REPORT_JS + ")()");
        // What the test sees must not depend on how fast this machine is: the session starts (hello)
        // once the page has loaded its libraries, and the report's final content is held back until
        // the test has looked at its partial output.
        HeldBack held = HeldBack.finalContentOfAndHello(page, "report");
        page.navigate(app.url("/"));
        page.waitForFunction(
                "() => window.weft?.state.libraries === 'ready'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(LayoutPage.TIMEOUT_MS));
        held.connect(page);
        LayoutPage layout = new LayoutPage(page);

        // The comment field is drawn first: it is there, and usable, while the report still loads.
        Locator comment = layout.slot("report").getByLabel("Comment");
        comment.waitFor(new Locator.WaitForOptions().setTimeout(LayoutPage.TIMEOUT_MS));
        assertThat(layout.slot("report")).hasAttribute("data-state", "running");
        assertThat(layout.slot("report")).hasAttribute("data-partial", "true");
        // The output so far shows above what is left of the placeholder, until the first run ends.
        assertThat(layout.slot("report").locator(".weft-skeleton")).hasCount(1);
        assertThat(layout.slot("report").locator(".weft-skeleton-tail")).hasCount(1);
        assertThat(layout.slot("report").locator(".weft-slot-body > :last-child"))
                .hasClass("weft-skeleton weft-skeleton-tail");
        comment.focus();
        comment.evaluate("el => el.weftProbe = 'same node'");
        comment.pressSequentially("windy");
        page.waitForFunction(
                "() => document.querySelector('#weft section.weft-slot[data-slot=\"report\"] .weft-empty')"
                        + "?.textContent.startsWith('Loading station readings')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(LayoutPage.TIMEOUT_MS));
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "layout-loading.png")));

        held.await(page, 1);
        assertThat(layout.slot("report")).hasAttribute("data-state", "running");
        held.release();
        layout.awaitAllDone();
        assertThat(layout.slot("report").locator(".weft-skeleton")).hasCount(0);
        assertThat(layout.slot("report").locator(".weft-empty")).containsText("Loaded");
        assertThat(comment).isFocused();
        assertThat(comment).hasValue("windy");
        assertEquals("same node", comment.evaluate("el => el.weftProbe"), "the field kept its node");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) page.evaluate("() => window.reportLog");
        List<String> progress = log.stream()
                .filter(e -> "running".equals(e.get("state")) && Boolean.TRUE.equals(e.get("partial")))
                .map(e -> String.valueOf(e.get("placeholder")))
                .filter(text -> text.startsWith("Loading station readings"))
                .distinct()
                .toList();
        assertTrue(
                progress.size() >= 2, "the placeholder showed the progress step by step while the run went on: " + log);
    }

    @Test
    void rerun_showsNewOutputOverThePreviousContent_dimmed_neverEmpty(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        LayoutPage layout = new LayoutPage(page).awaitAllDone();
        long before = layout.gen("report");
        page.evaluate(RECORD_REPORT_JS);

        layout.slot("settings").locator("input[type=range]").focus();
        page.keyboard().press("ArrowLeft");
        page.waitForFunction(
                "() => { const s = document.querySelector('#weft section.weft-slot[data-slot=\"report\"]');"
                        + " return s.dataset.partial === 'true'"
                        + " && s.querySelector('.weft-leftover.weft-chart, .weft-leftover .weft-chart'); }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(LayoutPage.TIMEOUT_MS));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "layout-rerun.png"))
                .setFullPage(true));
        layout.awaitDoneAfter("report", before);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) page.evaluate("() => window.reportLog");
        assertTrue(
                log.stream().allMatch(e -> ((Number) e.get("children")).intValue() > 0),
                "the report never went empty: " + log);
        List<String> progress = log.stream()
                .filter(e -> Boolean.TRUE.equals(e.get("partial")) && Boolean.TRUE.equals(e.get("leftoverChart")))
                .map(e -> String.valueOf(e.get("placeholder")))
                .filter(text -> text.startsWith("Loading station readings"))
                .distinct()
                .toList();
        assertTrue(
                progress.size() >= 2,
                "while the rerun loaded, its progress showed step by step above the previous chart, left over: " + log);
        assertThat(layout.slot("report").locator(".weft-leftover")).hasCount(0);
        assertThat(layout.slot("report").locator(".weft-empty")).containsText("Loaded");
    }
}
