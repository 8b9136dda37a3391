package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.util.List;

/** A page of the elements example ({@code examples/elements}) as the browser client draws it. */
final class ElementsPage {

    /** The fragments of the tour at {@code /}, in declaration order. */
    static final List<String> TOUR = List.of("text", "data", "charts", "media", "status", "progress", "display");

    static final double TIMEOUT_MS = 30_000;

    private final Page page;

    ElementsPage(Page page) {
        this.page = page;
    }

    /** Waits until each of {@code slots} shows the complete content of a run and is done. */
    ElementsPage awaitDone(List<String> slots) {
        page.waitForFunction(
                "names => names.every(n => { const s = document.querySelector("
                        + "'#weft section.weft-slot[data-slot=\"' + n + '\"]');"
                        + " return s && s.dataset.state === 'done' && !s.dataset.partial; })",
                slots,
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

    long gen(String slot) {
        return Long.parseLong(slot(slot).getAttribute("data-gen"));
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
