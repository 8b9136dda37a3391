package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

/**
 * The gallery example's pages ({@code examples/gallery}) as the browser client draws them. Waiting
 * until a page has settled fits every example's pages.
 */
final class GalleryPage {

    /** The gallery's fragments in declaration order: the sidebar's first. */
    static final List<String> SLOTS = List.of(
            "settings",
            "intro",
            "text",
            "data",
            "charts",
            "media",
            "status",
            "display",
            "widgets",
            "choices",
            "picks",
            "forms",
            "layout");

    static final double TIMEOUT_MS = Slots.TIMEOUT_MS;

    /**
     * In the page: every slot shown (not hidden) holds the complete content of its latest run, every
     * chart that is visible has been drawn, and the fonts have loaded.
     */
    static final String SETTLED_JS = """
            () => {
              const slots = [...document.querySelectorAll('#weft section.weft-slot')].filter(s => !s.hidden);
              if (slots.length === 0 || window.weft?.state?.connection !== 'connected') return false;
              const done = slots.every(s => (s.dataset.state === 'done' || s.dataset.state === 'failed') && !s.dataset.partial);
              const charts = [...document.querySelectorAll('#weft .weft-chart')].filter(c => c.getClientRects().length > 0);
              // A code block is highlighted once highlight.js has loaded, after its slot is done.
              const code = [...document.querySelectorAll('#weft .weft-code')].every(c => c.dataset.highlighted !== undefined);
              return done && code && charts.every(c => c.dataset.rendered === 'true') && document.fonts.status === 'loaded';
            }
            """;

    private final Page page;

    GalleryPage(Page page) {
        this.page = page;
    }

    /** Opens {@code path} of {@code app} and waits until it has settled. */
    static GalleryPage open(Page page, ExampleServer app, String path) {
        page.navigate(app.url(path));
        return new GalleryPage(page).awaitSettled();
    }

    /** Waits until every slot is done, every visible chart drawn and every code block highlighted (or given up on). */
    GalleryPage awaitSettled() {
        page.waitForFunction(SETTLED_JS, null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        return this;
    }

    /** Waits until slot {@code name} shows the complete content of a run newer than {@code gen}. */
    void awaitDoneAfter(String name, long gen) {
        Slots.awaitDoneAfter(page, name, gen);
    }

    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    long gen(String name) {
        return Slots.gen(page, name);
    }

    Locator sidebar() {
        return page.locator("#weft aside.weft-sidebar");
    }

    /** The pages menu. */
    Locator menu() {
        return page.locator("#weft nav.weft-nav");
    }

    /** The theme shown: {@code <html data-theme>}. */
    String theme() {
        return (String) page.evaluate("() => document.documentElement.dataset.theme");
    }

    /** A CSS custom property of the page, as computed. */
    String css(String property) {
        return ((String) page.evaluate("p => getComputedStyle(document.documentElement).getPropertyValue(p)", property))
                .trim();
    }

    /** Whether the page is wider than its viewport: a phone would scroll sideways. */
    boolean overflowsSideways() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    static BoundingBox box(Locator locator) {
        BoundingBox box = locator.boundingBox();
        if (box == null) {
            throw new AssertionError(locator + " is not visible");
        }
        return box;
    }
}
