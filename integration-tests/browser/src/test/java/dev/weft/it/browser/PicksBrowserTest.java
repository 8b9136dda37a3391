package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gallery's choices of the app's own types, pills, segmented control, select sliders, date range,
 * link buttons, help tooltips, placeholders and hidden labels, operated by mouse and keyboard in a
 * real Chromium: each change shows in the line the server writes under them, with the app's labels.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GALLERY)
class PicksBrowserTest {

    private static final Path SHOTS = Paths.get(System.getProperty("weft.shots", "target/screenshots"));
    private static final String FIRST = "North · Lyon (18 staff) · tag none · [Web] · Week · [Mon, Fri] · size M"
            + " · Feb–Apr (3 months) · 7 nights · coupon '' · search ''";

    @Test
    void choicesOfTheAppsTypes_byMouse_showTheirLabels_andReachTheServer(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage gallery = GalleryPage.open(page, app, "/");
        Locator picks = gallery.slot("picks");
        Locator line = picks.locator(".weft-text").last();
        picks.scrollIntoViewIfNeeded();
        assertThat(line).hasText(FIRST);

        // A select box of an enum shows the labels the app gave; the browser sends the position.
        Locator region = picks.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Region"));
        assertThat(region.locator("option")).hasText(new String[] {"North", "Alps & lakes", "Coast"});
        region.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Coast"));
        assertThat(line).containsText("Coast · Lyon");
        assertEquals("2", page.evaluate("() => String(window.weft.state.lastSent.value)"));

        // Radio buttons over records, labelled by their city.
        picks.getByLabel("Graz").check();
        assertThat(line).containsText("Coast · Graz (7 staff)");

        // One-pick pills: toggle buttons in a group; a second click drops the pick.
        Locator tags = picks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Tag"));
        Locator sale = tags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sale"));
        sale.click();
        assertThat(sale).hasAttribute("aria-pressed", "true");
        assertThat(line).containsText("tag Sale ·");
        tags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Winter"))
                .click();
        assertThat(line).containsText("tag Winter ·");
        assertThat(sale).hasAttribute("aria-pressed", "false");
        tags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Winter"))
                .click();
        assertThat(line).containsText("tag none ·");

        // Several-pick pills and segments.
        picks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Channels"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Phone"))
                .click();
        assertThat(line).containsText("[Web, Phone]");
        picks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Days"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Wed"))
                .click();
        assertThat(line).containsText("[Mon, Wed, Fri]");

        // Dates: from and to, each named for screen readers.
        picks.getByLabel("Stay (to)").fill("2026-12-31");
        picks.getByLabel("Stay (to)").press("Enter");
        assertThat(line).containsText("11 nights");

        // A placeholder shows in an empty field; a hidden label still names its field.
        assertThat(picks.getByLabel("Coupon")).hasAttribute("placeholder", "e.g. WINTER26");
        Locator search = picks.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Search"));
        assertThat(search).hasAttribute("placeholder", "Search stores");
        assertThat(picks.locator(".weft-widget[data-label-visibility=hidden] .weft-widget-label"))
                .isHidden();
        search.fill("graz");
        search.press("Enter");
        assertThat(line).containsText("search 'graz'");

        // Link buttons are links: an outside one opens a new tab, without a handle on this one.
        Locator outside = picks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Weft on GitHub"));
        assertThat(outside).hasAttribute("href", "https://github.com/");
        assertThat(outside).hasAttribute("target", "_blank");
        assertThat(outside).hasAttribute("rel", "noopener noreferrer");
        Locator inside = picks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The second page"));
        assertThat(inside).hasAttribute("href", "/about");
        inside.click();
        page.waitForURL(Pattern.compile(".*/about$"));
    }

    @Test
    void choices_byKeyboard_andHelpOnFocus(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage gallery = GalleryPage.open(page, app, "/");
        Locator picks = gallery.slot("picks");
        Locator line = picks.locator(".weft-text").last();
        picks.scrollIntoViewIfNeeded();

        // Help: a "?" button after the label; its tooltip shows on keyboard focus.
        Locator help = picks.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Help: Region"));
        Locator tip = picks.getByRole(AriaRole.TOOLTIP);
        assertThat(tip).isHidden();
        help.focus();
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab"); // focus-visible, as from the keyboard
        assertThat(tip).isVisible();
        assertThat(tip).hasText("Where the store is. The browser only sends the option's position.");
        assertThat(help).hasAttribute("aria-describedby", tip.getAttribute("id"));

        // Pills: Tab reaches the group, the arrow keys move along it, Space presses.
        Locator tags = picks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Tag"));
        tags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("New"))
                .focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Space");
        assertThat(line).containsText("tag Outdoor ·");

        // The segmented control: Enter presses a segment, and a one-pick control keeps one.
        Locator period = picks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Period"));
        Locator month = period.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Month"));
        month.focus();
        page.keyboard().press("Enter");
        assertThat(line).containsText("· Month ·");
        assertThat(month).hasAttribute("aria-pressed", "true");
        assertThat(period.locator("[aria-pressed=true]")).hasCount(1);

        // The select slider: a slider whose value is read out as the option's label.
        Locator size = picks.getByRole(AriaRole.SLIDER, new Locator.GetByRoleOptions().setName("Size"));
        size.focus();
        page.keyboard().press("ArrowRight");
        assertThat(line).containsText("size L ·");
        assertThat(size).hasAttribute("aria-valuetext", "L");
        page.keyboard().press("End");
        assertThat(line).containsText("size XL ·");

        // The range select slider: two handles; the high one goes to the last month.
        Locator to = picks.getByRole(AriaRole.SLIDER, new Locator.GetByRoleOptions().setName("Months (to)"));
        to.focus();
        page.keyboard().press("End");
        assertThat(line).containsText("Feb–Jun (5 months)");
        assertThat(to).hasAttribute("aria-valuetext", "Jun");
        assertThat(picks.locator("[data-kind=range_select_slider] .weft-slider-value"))
                .hasText("Feb – Jun");
    }

    @Test
    void screenshots_lightAndDark(ExampleServer app, Page page) throws Exception {
        page.setViewportSize(1280, 900);
        GalleryPage gallery = GalleryPage.open(page, app, "/");
        Locator picks = gallery.slot("picks");
        picks.scrollIntoViewIfNeeded();
        picks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Tag"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sale"))
                .click();
        assertThat(picks.locator(".weft-text").last()).containsText("tag Sale");
        Files.createDirectories(SHOTS);
        page.mouse().move(0, 0);
        picks.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("picks-light.png")));
        picks.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Help: Region"))
                .hover();
        assertThat(picks.getByRole(AriaRole.TOOLTIP)).isVisible();
        page.waitForTimeout(200); // the tooltip's fade
        picks.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("picks-help.png")));
        page.mouse().move(0, 0);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.waitForFunction("() => document.documentElement.dataset.theme === 'dark'");
        picks.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("picks-dark.png")));
        assertTrue(Files.size(SHOTS.resolve("picks-dark.png")) > 0);
    }
}
