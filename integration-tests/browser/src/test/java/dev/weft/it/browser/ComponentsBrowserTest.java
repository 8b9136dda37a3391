package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Components of the app's own in a real headless Chromium ({@code examples/components}): a click on a
 * place of the map (an ES module of the app, drawn with Leaflet from its WebJar, offline) and a click
 * on a star of a Streamlit component (built with the real {@code streamlit-component-lib}, in a
 * sandboxed iframe, over the v1 protocol) each send a value that the section depending on it shows;
 * the frame's height follows the component's {@code setFrameHeight}; both follow the page's theme;
 * and nothing on the page or in the frame logs an error.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.COMPONENTS)
class ComponentsBrowserTest {

    static final List<String> SLOTS = List.of("map", "visit", "rate", "review");

    @Test
    void mapClickAndStreamlitStars_reachTheirDependents_andFollowTheTheme(ExampleServer app, Page page)
            throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> errors.add("uncaught: " + error));
        page.setViewportSize(1100, 1100);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(app.url("/"));
        Slots.awaitDone(page, SLOTS);
        expectText(page, "visit", "Click a place on the map.");
        expectText(page, "review", "No stars given yet.");

        // The map: Leaflet drew the outline and the places, and fetched no tiles.
        Locator map = Slots.slot(page, "map").locator(".places-map");
        assertThat(map).hasClass(Pattern.compile("leaflet-container"));
        assertThat(map.locator("img.leaflet-tile")).hasCount(0);
        Locator madrid = place(map, "Madrid");
        assertShown(map, madrid);
        madrid.click(); // a real click on the circle Leaflet drew
        expectText(page, "visit", "Visiting Madrid (40.42, -3.70)");
        // The server's value comes back to the component, which marks the place picked.
        assertThat(map).hasAttribute("data-picked", "Madrid", attribute());
        assertThat(madrid).hasAttribute("aria-pressed", "true", attribute());
        // A place is a button for the keyboard too.
        place(map, "Seville").focus();
        page.keyboard().press("Enter");
        expectText(page, "visit", "Visiting Seville (37.39, -5.98)");
        assertThat(map).hasAttribute("data-picked", "Seville", attribute());

        // The Streamlit component: drawn by its own bundle once Weft answered componentReady.
        Locator frame = page.locator("iframe.weft-streamlit-component");
        FrameLocator stars = page.frameLocator("iframe.weft-streamlit-component");
        Locator fourStars = stars.getByRole(AriaRole.RADIO, new FrameLocator.GetByRoleOptions().setName("4 stars"));
        assertThat(fourStars).isVisible();
        // Its height follows setFrameHeight (the library reports its body's height), not the declared 60 px.
        page.waitForCondition(() -> frameFitsItsContent(frame, stars));
        double before = frame.boundingBox().height;
        assertNotEquals(60.0, before);

        fourStars.click();
        expectText(page, "review", "You gave 4 of 5 stars.");
        assertThat(fourStars).hasAttribute("aria-checked", "true");
        assertThat(stars.getByText("Thank you: 4 of 5.")).isVisible();
        // The new line made the component taller: the frame grew with it.
        page.waitForCondition(() -> frame.boundingBox().height > before && frameFitsItsContent(frame, stars));
        save(page, "components-light");

        // The theme reaches both: the checked stars take the page's accent (the render's theme.primaryColor),
        // the library paints the frame's text in the theme's textColor, and both follow a switch to dark.
        assertEquals(pageColor(page, "--weft-accent"), color(fourStars));
        assertEquals(pageColor(page, "--weft-text"), color(stars.locator("body")));
        String lightAccent = color(fourStars);
        String lightText = color(stars.locator("body"));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        page.waitForCondition(() -> !lightText.equals(color(stars.locator("body"))));
        assertEquals(pageColor(page, "--weft-text"), color(stars.locator("body")));
        assertEquals(pageColor(page, "--weft-accent"), color(fourStars));
        assertNotEquals(lightAccent, color(fourStars));
        expectText(page, "visit", "Visiting Seville");
        assertEquals("Seville", map.getAttribute("data-picked"));
        assertShown(map, madrid);
        save(page, "components-dark");

        assertTrue(errors.isEmpty(), () -> "errors in the console: " + errors);
    }

    @Test
    void streamlitFrameOfAnotherApiVersion_showsWhyInItsPlace_andIsNotListenedTo(ExampleServer app, Page page) {
        page.navigate(app.url("/"));
        Slots.awaitDone(page, SLOTS);
        FrameLocator stars = page.frameLocator("iframe.weft-streamlit-component");
        Locator twoStars = stars.getByRole(AriaRole.RADIO, new FrameLocator.GetByRoleOptions().setName("2 stars"));
        assertThat(twoStars).isVisible();

        // The frame says it speaks a version of the protocol that Streamlit (and Weft) do not.
        stars.locator("body")
                .evaluate("() => window.parent.postMessage("
                        + "{ isStreamlitMessage: true, type: 'streamlit:componentReady', apiVersion: 2 }, '*')");
        assertThat(Slots.slot(page, "rate").locator(".weft-component-error"))
                .hasText(
                        "This Streamlit component speaks API version 2; Weft speaks version 1.",
                        new LocatorAssertions.HasTextOptions().setTimeout(Slots.TIMEOUT_MS));

        // Its values are no longer taken: a click on a star sends nothing to the server. (Messages from one
        // frame arrive in order: once a probe posted after the click has arrived, the click's value has too.)
        Number sent = (Number) page.evaluate("() => window.weft.state.sent");
        page.evaluate("() => { window.probed = new Promise((arrived) => addEventListener('message',"
                + " (e) => { if (e.data && e.data.probe === true) arrived(true); })); }");
        twoStars.click();
        assertThat(twoStars).hasAttribute("aria-checked", "true"); // the frame drew its own click
        stars.locator("body").evaluate("() => window.parent.postMessage({ probe: true }, '*')");
        assertEquals(true, page.evaluate("() => window.probed"));
        assertEquals(sent.longValue(), ((Number) page.evaluate("() => window.weft.state.sent")).longValue());
        expectText(page, "review", "No stars given yet.");
    }

    private static Locator place(Locator map, String name) {
        return map.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The map shows the place: visible (not hidden by Leaflet) and inside the map's box. */
    private static void assertShown(Locator map, Locator place) {
        assertThat(place).isVisible();
        BoundingBox box = map.boundingBox();
        BoundingBox at = place.boundingBox();
        assertTrue(
                at.x >= box.x
                        && at.y >= box.y
                        && at.x + at.width <= box.x + box.width
                        && at.y + at.height <= box.y + box.height,
                () -> "the place is drawn outside the map: " + at.x + "," + at.y + " in " + box.x + "," + box.y + " "
                        + box.width + "x" + box.height);
    }

    /** Whether the frame is as tall as the document inside it says it is (to the pixel Weft rounds up to). */
    private static boolean frameFitsItsContent(Locator frame, FrameLocator inside) {
        double height = frame.boundingBox().height;
        double content = ((Number) inside.locator("body").evaluate("b => b.scrollHeight")).doubleValue();
        return Math.abs(height - Math.ceil(content)) < 1;
    }

    /** The computed colour of an element, as {@code rgb(…)}. */
    private static String color(Locator locator) {
        return (String) locator.evaluate("e => getComputedStyle(e).color");
    }

    /** One of the page's theme colours (a CSS variable), computed as {@code rgb(…)}. */
    private static String pageColor(Page page, String variable) {
        return (String) page.evaluate(
                "v => { const probe = document.createElement('span');"
                        + " probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(v).trim();"
                        + " document.body.append(probe); const c = getComputedStyle(probe).color; probe.remove(); return c; }",
                variable);
    }

    private static LocatorAssertions.HasAttributeOptions attribute() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(Slots.TIMEOUT_MS);
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
