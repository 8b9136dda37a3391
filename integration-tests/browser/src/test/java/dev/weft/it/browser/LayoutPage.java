package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

/** The layout example's page ({@code examples/layout}) as the browser client draws it. */
final class LayoutPage {

    /** The fragments in declaration order: the sidebar's first. */
    static final List<String> SLOTS = List.of("settings", "overview", "details", "report");

    static final double TIMEOUT_MS = Slots.TIMEOUT_MS;

    private final Page page;

    LayoutPage(Page page) {
        this.page = page;
    }

    /** Waits until every slot shows the complete content of a run and is done. */
    LayoutPage awaitAllDone() {
        Slots.awaitDone(page, SLOTS);
        return this;
    }

    /** Waits until the slot shows the complete content of a run newer than {@code gen}. */
    void awaitDoneAfter(String slot, long gen) {
        Slots.awaitDoneAfter(page, slot, gen);
    }

    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    Locator sidebar() {
        return page.locator("#weft aside.weft-sidebar");
    }

    long gen(String slot) {
        return Slots.gen(page, slot);
    }

    static BoundingBox box(Locator locator) {
        BoundingBox box = locator.boundingBox();
        if (box == null) {
            throw new AssertionError(locator + " is not visible");
        }
        return box;
    }
}
