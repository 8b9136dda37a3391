package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.util.List;

/** A page of the elements example ({@code examples/elements}) as the browser client draws it. */
final class ElementsPage {

    /** The fragments of the tour at {@code /}, in declaration order. */
    static final List<String> TOUR = List.of("text", "data", "charts", "media", "status", "progress", "display");

    static final double TIMEOUT_MS = Slots.TIMEOUT_MS;

    private final Page page;

    ElementsPage(Page page) {
        this.page = page;
    }

    /** Waits until each of {@code slots} shows the complete content of a run and is done. */
    ElementsPage awaitDone(List<String> slots) {
        Slots.awaitDone(page, slots);
        return this;
    }

    /** Waits until the slot shows the complete content of a run newer than {@code gen}. */
    void awaitDoneAfter(String slot, long gen) {
        Slots.awaitDoneAfter(page, slot, gen);
    }

    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    long gen(String slot) {
        return Slots.gen(page, slot);
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
