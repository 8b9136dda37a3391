package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Components of the app's own in a real headless Chromium ({@code examples/components}): a click on a place of the map (an ES module of the app, drawn with ECharts, offline)
 * and a click on a star of a Streamlit component's frontend (in a sandboxed iframe, over the v1
 * protocol) each send a value that the section depending on it shows; both follow the page's theme.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.COMPONENTS)
class ComponentsBrowserTest {

    static final List<String> SLOTS = List.of("map", "visit", "rate", "review");

    @Test
    void mapClickAndStreamlitStars_reachTheirDependents_andFollowTheTheme(ExampleServer app, Page page)
            throws Exception {
        page.setViewportSize(1100, 1100);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(app.url("/"));
        Slots.awaitDone(page, SLOTS);
        expectText(page, "visit", "Click a place on the map.");
        expectText(page, "review", "No stars given yet.");

        // The map: a real click where ECharts drew Madrid.
        Locator map = Slots.slot(page, "map").locator(".places-map");
        assertThat(map.locator("canvas")).hasCount(1);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) page.evaluate("async () => {"
                + " const echarts = await import('echarts/full');"
                + " const chart = echarts.getInstanceByDom(document.querySelector('.places-map'));"
                + " return chart.convertToPixel({ geoIndex: 0 }, [-3.70, 40.42]); }");
        BoundingBox box = map.boundingBox();
        page.mouse().click(box.x + at.get(0).doubleValue(), box.y + at.get(1).doubleValue());
        expectText(page, "visit", "Visiting Madrid (40.42, -3.70)");
        // The server's value comes back to the component, which marks the place picked.
        assertThat(map)
                .hasAttribute(
                        "data-picked",
                        "Madrid",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(Slots.TIMEOUT_MS));

        // The Streamlit component: its own frontend, in its iframe.
        FrameLocator stars = page.frameLocator("iframe.weft-streamlit-component");
        stars.getByRole(AriaRole.RADIO, new FrameLocator.GetByRoleOptions().setName("4 stars"))
                .click();
        expectText(page, "review", "You gave 4 of 5 stars.");
        assertThat(stars.getByRole(AriaRole.RADIO, new FrameLocator.GetByRoleOptions().setName("4 stars")))
                .hasAttribute("aria-checked", "true");
        // The frame set its own height (setFrameHeight), not the declared 60 px.
        double height = page.locator("iframe.weft-streamlit-component").boundingBox().height;
        assertNotEquals(60.0, height);
        save(page, "components-light");

        // The theme reaches both: the Streamlit frame gets the dark text colour through streamlit:render.
        String lightText = (String) stars.locator("body").evaluate("b => getComputedStyle(b).color");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        page.waitForCondition(
                () -> !lightText.equals(stars.locator("body").evaluate("b => getComputedStyle(b).color")));
        expectText(page, "visit", "Visiting Madrid");
        assertEquals("Madrid", map.getAttribute("data-picked"));
        save(page, "components-dark");
    }

    private static void expectText(Page page, String slot, String text) {
        assertThat(Slots.slot(page, slot).locator("p.weft-text").filter(new Locator.FilterOptions().setHasText(text)))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(Slots.TIMEOUT_MS));
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png. */
    private static void save(Page page, String name) throws Exception {
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true));
        Path target = Paths.get("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
    }
}
