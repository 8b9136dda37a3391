package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages, overlays and page shape on the pages example: the menu's sections and its hidden page,
 * page links and switchPage, the dialog and the popover by mouse and keyboard (focus kept inside
 * the dialog and given back), a wide page and containers with options.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.PAGES)
class NavigationBrowserTest {

    /** Where the screenshots for looking at go (besides target/screenshots). */
    private static final Path SHOTS = Paths.get(System.getProperty("weft.shots", "target/screenshots"));

    /** Whether the focus is inside the open dialog. */
    private static final String FOCUS_IN_DIALOG = "() => !!document.activeElement?.closest('dialog[open]')";

    @Test
    void menu_groupsPagesUnderSections_andLeavesOutTheHiddenPage(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage.open(page, app, "/");
        Locator menu = page.locator("#weft nav.weft-nav");
        assertThat(menu.locator(".weft-nav-title"))
                .hasText(new String[] {"Overview", "Forecast", "Orders", "Settings"});
        assertThat(menu.locator("h2.weft-nav-section")).hasText(new String[] {"Sales", "Admin"});
        Locator sales = menu.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Sales"));
        assertThat(sales.getByRole(AriaRole.LINK)).hasText(new String[] {"📈Forecast", "📦Orders"});
        assertThat(menu).not().containsText("Order details");
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Overview")))
                .hasAttribute("aria-current", "page");
    }

    @Test
    void pageLink_opensTheHiddenPage_whoseMenuMarksNoEntry(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage.open(page, app, "/");
        Locator link = Slots.slot(page, "intro")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Order #1042"));
        assertThat(link).hasAttribute("href", "/order");
        link.click();
        page.waitForURL(app.url("/order"));
        new GalleryPage(page).awaitSettled();
        assertEquals("Order details", page.title());
        Locator menu = page.locator("#weft nav.weft-nav");
        assertThat(menu).isVisible();
        assertThat(menu.locator("[aria-current]")).hasCount(0);
        // A page link to the page it is on is marked as such.
        page.navigate(app.url("/forecast"));
        new GalleryPage(page).awaitSettled();
        assertNull(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the overview"))
                .getAttribute("aria-current"));
    }

    @Test
    void switchPage_sendsTheBrowserToThePage(ExampleServer app, Page page) {
        GalleryPage.open(page, app, "/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the forecast"))
                .click();
        page.waitForURL(app.url("/forecast"));
        new GalleryPage(page).awaitSettled();
        assertEquals("Forecast", page.title());
    }

    @Test
    void dialog_byMouse_opensWithTheFocusInside_savesAndClosesByCode_closesOnABackdropClick(
            ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage.open(page, app, "/");
        Locator opener = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a note"));
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add a note"));
        assertThat(dialog).isHidden();

        opener.click();
        assertThat(dialog).isVisible();
        assertThat(dialog).hasAttribute("aria-modal", "true");
        Locator note = dialog.getByLabel("Note", new Locator.GetByLabelOptions().setExact(true));
        assertThat(note).isFocused();
        note.fill("Call the Vienna store");
        note.press("Tab"); // the value goes to the server (the fragment reruns, the dialog stays)
        long gen = Slots.gen(page, "notes");
        Slots.awaitDoneAfter(page, "notes", gen - 1);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(dialog).isHidden();
        assertThat(Slots.slot(page, "notes").locator(".weft-scrolling")).containsText("Call the Vienna store");
        assertThat(opener).isFocused();

        opener.click();
        assertThat(dialog).isVisible();
        page.mouse().click(20, 450); // the backdrop, beside the dialog
        assertThat(dialog).isHidden();
        assertThat(opener).isFocused();

        opener.click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                .click();
        assertThat(dialog).isHidden();
        long closedAt = Slots.gen(page, "notes");
        Slots.awaitDoneAfter(page, "notes", closedAt - 1);
        page.waitForTimeout(300);
        assertThat(dialog).isHidden(); // the rerun the close caused does not open it again
    }

    @Test
    void wideDialog_isWiderThanTheDefault_drawsItsChartAcross_andFitsANarrowWindow(ExampleServer app, Page page) {
        page.setViewportSize(1400, 900);
        GalleryPage.open(page, app, "/");
        Locator opener = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the weekly report"));
        Locator report = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Weekly report"));
        opener.click();
        assertThat(report).isVisible();
        assertThat(report).hasAttribute("data-width", "large");
        Locator chart = report.locator(".weft-chart[data-rendered='true']");
        assertThat(chart).hasCount(1);
        double width = GalleryPage.box(report).width;
        assertTrue(width > 1150 && width <= 1200, "a large dialog is up to 1200 px wide, was " + width);
        assertTrue(
                GalleryPage.box(chart).width > 1050,
                "its chart is drawn across it, was " + GalleryPage.box(chart).width);
        page.keyboard().press("Escape");
        assertThat(report).isHidden();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a note"))
                .click();
        Locator note = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add a note"));
        assertThat(note).isVisible();
        assertTrue(GalleryPage.box(note).width <= 560, "a dialog drawn without a width is the small one");
        page.keyboard().press("Escape");
        assertThat(note).isHidden();

        page.setViewportSize(600, 800);
        opener.click();
        assertThat(report).isVisible();
        width = GalleryPage.box(report).width;
        assertTrue(width > 520 && width <= 568, "in a 600 px window it leaves a margin, was " + width);
        page.keyboard().press("Escape");
        assertThat(report).isHidden();
    }

    @Test
    void dialog_byKeyboard_keepsTheFocusInside_andEscapeGivesItBack(ExampleServer app, Page page) {
        GalleryPage.open(page, app, "/");
        Locator opener = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a note"));
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add a note"));
        opener.focus();
        page.keyboard().press("Enter");
        assertThat(dialog).isVisible();
        assertThat(dialog.getByLabel("Note", new Locator.GetByLabelOptions().setExact(true)))
                .isFocused();
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Tab");
            assertTrue((Boolean) page.evaluate(FOCUS_IN_DIALOG), "Tab " + (i + 1) + " stays in the dialog");
        }
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Shift+Tab");
            assertTrue((Boolean) page.evaluate(FOCUS_IN_DIALOG), "Shift+Tab " + (i + 1) + " stays in the dialog");
        }
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(opener).isFocused();
    }

    @Test
    void popover_byMouseAndKeyboard_staysOpenAcrossReruns_andEscapeGivesTheFocusBack(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage.open(page, app, "/");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters"));
        Locator panel = page.locator(".weft-popover-panel");
        assertThat(panel).isHidden();
        assertThat(button).hasAttribute("aria-expanded", "false");

        button.click();
        assertThat(panel).isVisible();
        assertThat(button).hasAttribute("aria-expanded", "true");
        BoundingBox under = GalleryPage.box(button);
        BoundingBox box = GalleryPage.box(panel);
        assertTrue(box.y >= under.y + under.height, "the panel opens under its button");
        long gen = Slots.gen(page, "toolbar");
        panel.getByText("Include returns").click();
        Slots.awaitDoneAfter(page, "toolbar", gen);
        assertThat(Slots.slot(page, "toolbar")).containsText("2.7%");
        assertThat(panel).isVisible(); // a rerun keeps it open
        page.keyboard().press("Escape");
        assertThat(panel).isHidden();
        assertThat(button).isFocused();

        page.keyboard().press("Enter");
        assertThat(panel).isVisible();
        // The focus moves in on the panel's toggle event, which the browser fires after it opens.
        page.waitForFunction(
                "() => !!document.activeElement?.closest('.weft-popover-panel')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(5_000));
        page.keyboard().press("Escape");
        assertThat(panel).isHidden();
        assertThat(button).isFocused();

        button.click();
        assertThat(panel).isVisible();
        page.mouse().click(1200, 850); // elsewhere on the page
        assertThat(panel).isHidden();
    }

    @Test
    void widePage_takesTheWindow_andContainersHaveTheirShape(ExampleServer app, Page page) {
        page.setViewportSize(1600, 900);
        GalleryPage.open(page, app, "/orders");
        assertTrue(
                GalleryPage.box(page.locator("#weft main.weft-slots")).width > 1100,
                "a wide page is wider than a centred one");
        GalleryPage.open(page, app, "/");
        assertTrue(GalleryPage.box(page.locator("#weft main.weft-slots")).width <= 1040, "a centred page is not");

        Locator scrolling = Slots.slot(page, "notes").locator(".weft-container.weft-scrolling");
        assertEquals(150, GalleryPage.box(scrolling).height, 1);
        assertThat(scrolling).hasAttribute("tabindex", "0");
        assertThat(scrolling).hasCSS("overflow-y", "auto");
        assertThat(scrolling).hasCSS("border-top-style", "solid");
        Locator links = Slots.slot(page, "intro").locator(".weft-horizontal > .weft-page-link");
        assertThat(links).hasCount(3);
        assertEquals(GalleryPage.box(links.nth(0)).y, GalleryPage.box(links.nth(2)).y, 1, "side by side");
    }

    @Test
    void screenshots_lightAndDark(Browser browser, ExampleServer app) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            String name = scheme == ColorScheme.DARK ? "dark" : "light";
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(scheme))) {
                Page page = context.newPage();
                GalleryPage.open(page, app, "/");
                shot(page, "pages-" + name);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters"))
                        .click();
                shot(page, "popover-" + name);
                page.keyboard().press("Escape");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a note"))
                        .click();
                page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true))
                        .fill("Call the Vienna store");
                shot(page, "dialog-" + name);
                List<String> violations = Axe.violations(page);
                assertEquals(List.of(), violations, "dialog open in " + scheme + ":" + Axe.report(violations));
                page.keyboard().press("Escape");
                GalleryPage.open(page, app, "/orders");
                shot(page, "wide-" + name);
                GalleryPage.open(page, app, "/");
                List<String> home = Axe.violations(page);
                assertEquals(List.of(), home, "/ in " + scheme + ":" + Axe.report(home));
            }
        }
    }

    private static void shot(Page page, String name) {
        page.waitForTimeout(250); // the dialog's and the popover's short entrance
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("navigation-" + name + ".png")));
    }
}
