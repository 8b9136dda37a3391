package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

/** The layout example's page ({@code examples/layout}) as the browser client draws it. */
final class LayoutPage {

    /** The fragments in declaration order: the sidebar's first. */
    static final List<String> SLOTS = List.of("settings", "overview", "details", "report");

    static final double TIMEOUT_MS = 30_000;

    private final Page page;

    LayoutPage(Page page) {
        this.page = page;
    }

    /** Waits until every slot shows the complete content of a run and is done. */
    LayoutPage awaitAllDone() {
        page.waitForFunction(
                "names => names.every(n => { const s = document.querySelector("
                        + "'#weft section.weft-slot[data-slot=\"' + n + '\"]');"
                        + " return s && s.dataset.state === 'done' && !s.dataset.partial; })",
                SLOTS,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        return this;
    }

    /** Waits until the slot shows the complete content of a run newer than {@code gen}. */
    void awaitDoneAfter(String slot, long gen) {
        page.waitForFunction(
                "([n, gen]) => { const s = document.querySelector('#weft section.weft-slot[data-slot=\"' + n + '\"]');"
                        + " return s && s.dataset.state === 'done' && !s.dataset.partial && Number(s.dataset.gen) > gen; }",
                List.of(slot, (double) gen),
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    Locator slot(String name) {
        return page.locator("#weft section.weft-slot[data-slot=\"" + name + "\"]");
    }

    Locator sidebar() {
        return page.locator("#weft aside.weft-sidebar");
    }

    long gen(String slot) {
        return Long.parseLong(slot(slot).getAttribute("data-gen"));
    }

    static BoundingBox box(Locator locator) {
        BoundingBox box = locator.boundingBox();
        if (box == null) {
            throw new AssertionError(locator + " is not visible");
        }
        return box;
    }
}
