package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gallery from the keyboard alone: every control reached in order, with a visible focus ring, and operated. */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GALLERY)
class KeyboardBrowserTest {

    /** In the page: "tag:name" of an element, its name as read aloud (aria-hidden parts left out). */
    static final String NAME_JS = """
            (e) => {
              const text = (n) => [...n.childNodes].map(c => c.nodeType === 3 ? c.textContent
                  : c.nodeType === 1 && c.getAttribute('aria-hidden') !== 'true' ? text(c) : '').join('');
              const label = e.labels?.[0] ? text(e.labels[0]) : e.getAttribute('aria-label') ?? text(e);
              return e.tagName.toLowerCase() + ':' + label.trim().replace(/\\s+/g, ' ');
            }
            """;

    /** In the page: what has the focus, as "tag:name" ({@link #NAME_JS}). */
    static final String FOCUSED = """
            () => {
              const e = document.activeElement;
              return !e || e === document.body ? 'body' : (%s)(e);
            }
            """.formatted(NAME_JS);

    /**
     * In the page: every element a Tab can reach, in document order, named as {@link #NAME_JS} does. Of
     * a group of radio buttons, Tab reaches only the checked one (the arrow keys move within it).
     */
    static final String TABBABLE = """
            () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                  && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], [inert]'))
              .filter(e => !(e.type === 'radio' && !e.checked
                  && document.querySelector('input[type=radio][name="' + e.name + '"]:checked')))
              .map(%s)
            """.formatted(NAME_JS);

    /**
     * In the page: whether the focus moved to another element since the last call. A Tab within a date
     * or time field moves between its parts (day, month, year), not to the next control.
     */
    static final String FOCUS_MOVED = """
            () => { const moved = document.activeElement !== window.lastFocused;
                    window.lastFocused = document.activeElement; return moved; }
            """;

    @Test
    void tab_reachesTheSkipLinkHeaderMenuAndEveryControl_inOrder_eachWithAVisibleRing(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage.open(page, app, "/");
        @SuppressWarnings("unchecked")
        List<String> tabbable = (List<String>) page.evaluate(TABBABLE);

        List<String> reached = new ArrayList<>();
        List<Stop> stops = new ArrayList<>();
        for (int presses = 0; reached.size() < tabbable.size() && presses < 3 * tabbable.size(); presses++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate(FOCUS_MOVED)) {
                reached.add((String) page.evaluate(FOCUSED));
                stops.add(Stop.of(page));
            }
        }
        // Skip link first, then the header, the pages menu, the sidebar, then the main column's controls.
        assertEquals(
                List.of(
                        "a:Skip to main content",
                        "button:Hide sidebar",
                        "button:Dark theme",
                        "a:Gallery",
                        "a:About this site",
                        "select:Series",
                        "input:Months"),
                reached.subList(0, 7));
        assertEquals(tabbable, reached, "Tab reaches every control, in the order of the page");
        assertTrue(
                reached.containsAll(List.of(
                        "input:Year",
                        "input:Ratio",
                        "select:Region",
                        "input:Rows",
                        "input:Name",
                        "input:Forecast",
                        "button:Refresh",
                        "input:Price (€)",
                        "input:Price (€) (to)",
                        "input:Tents",
                        "input:Standard",
                        "input:In stock only",
                        "input:Sale starts",
                        "input:Doors open",
                        "input:Banner colour",
                        "textarea:Note for the stores",
                        "input:Price list",
                        "input:Item",
                        "select:Store",
                        "input:Quantity",
                        "button:Order",
                        "button:Revenue",
                        "summary:An expander, open at first")),
                reached.toString());
        assertFalse(reached.contains("input:Locked"), "a disabled widget is skipped");

        // Each control looks different with the focus than without it: its ring is visible.
        page.evaluate("() => document.activeElement.blur()");
        for (int i = 0; i < stops.size(); i++) {
            byte[] unfocused = stops.get(i).shoot(page);
            assertFalse(Arrays.equals(stops.get(i).focused, unfocused), reached.get(i) + " shows no focus ring");
        }
    }

    @Test
    void skipLink_movesTheFocusToTheMainColumn(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage.open(page, app, "/");
        page.keyboard().press("Tab");
        Locator skip = page.locator("a.weft-skip-link");
        assertThat(skip).isFocused();
        BoundingBox box = GalleryPage.box(skip);
        assertTrue(box.y >= 0 && box.y < 100, "shown at the top while it has the focus: " + box.y);
        page.keyboard().press("Enter");
        assertThat(page.locator("main#weft-main")).isFocused();
        page.keyboard().press("Tab");
        assertEquals("a:link", page.evaluate(FOCUSED), "the next Tab goes into the content, not the header");
    }

    @Test
    void keyboardAlone_operatesEveryWidget_andEachValueReachesTheServer(ExampleServer app, Page page) {
        page.setViewportSize(1280, 900);
        GalleryPage gallery = GalleryPage.open(page, app, "/");
        Locator echo = gallery.slot("widgets").locator("p.weft-text");
        assertThat(echo).hasText("Year 2024 · ratio 0.25 · Europe · 10 rows · Ada · forecast on · read only");

        tabTo(page, "input:Year");
        change(page, gallery, () -> page.keyboard().press("ArrowRight"));
        tabTo(page, "input:Ratio");
        change(page, gallery, () -> page.keyboard().press("ArrowRight"));
        tabTo(page, "select:Region");
        change(page, gallery, () -> page.keyboard().press("ArrowDown"));
        tabTo(page, "input:Rows");
        change(page, gallery, () -> {
            page.keyboard().press("ArrowUp");
            page.keyboard().press("Enter");
        });
        tabTo(page, "input:Name");
        change(page, gallery, () -> {
            page.keyboard().press("Control+A");
            page.keyboard().type("Grace");
            page.keyboard().press("Enter");
        });
        tabTo(page, "input:Forecast");
        change(page, gallery, () -> page.keyboard().press("Space"));
        tabTo(page, "button:Refresh");
        change(page, gallery, () -> page.keyboard().press("Enter"));

        assertThat(echo)
                .hasText("Year 2025 · ratio 0.30 · Americas · 11 rows · Grace · forecast off · refreshed · read only");
        assertEquals(0L, ((Number) page.evaluate("() => window.weft.state.widgetErrors")).longValue());
    }

    /** Presses Tab until {@code target} has the focus (it must come within 200 presses). */
    private static void tabTo(Page page, String target) {
        for (int i = 0; i < 200; i++) {
            page.keyboard().press("Tab");
            if (target.equals(page.evaluate(FOCUSED))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /** Does {@code keys} and waits until the widgets slot shows the run they caused. */
    private static void change(Page page, GalleryPage gallery, Runnable keys) {
        long sent = ((Number) page.evaluate("() => window.weft.state.sent")).longValue();
        long gen = gallery.gen("widgets");
        keys.run();
        page.waitForFunction("n => window.weft.state.sent > n", (double) sent);
        gallery.awaitDoneAfter("widgets", gen);
    }

    /** Where a focused control was: the scroll position and its box with room for a ring around it. */
    private record Stop(double scrollX, double scrollY, Clip clip, byte[] focused) {

        private static final double RING_ROOM = 6;

        static Stop of(Page page) {
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) page.evaluate("""
                    () => { const r = document.activeElement.getBoundingClientRect();
                            return { sx: scrollX, sy: scrollY, x: r.x, y: r.y, w: r.width, h: r.height }; }
                    """);
            double x = Math.max(0, at.get("x").doubleValue() - RING_ROOM);
            double y = Math.max(0, at.get("y").doubleValue() - RING_ROOM);
            Clip clip = new Clip(
                    x, y, at.get("w").doubleValue() + 2 * RING_ROOM, at.get("h").doubleValue() + 2 * RING_ROOM);
            Stop stop = new Stop(at.get("sx").doubleValue(), at.get("sy").doubleValue(), clip, null);
            return new Stop(stop.scrollX, stop.scrollY, clip, stop.shoot(page));
        }

        byte[] shoot(Page page) {
            page.evaluate("([x, y]) => window.scrollTo(x, y)", List.of(scrollX, scrollY));
            return page.screenshot(
                    new Page.ScreenshotOptions().setClip(clip).setAnimations(ScreenshotAnimations.DISABLED));
        }
    }
}
