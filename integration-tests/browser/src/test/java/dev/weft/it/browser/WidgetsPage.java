package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;

/** The widgets example's page ({@code examples/widgets}, the offsite planner) as the browser client draws it. */
final class WidgetsPage {

    /** The fragments in declaration order: the sidebar's first. */
    static final List<String> SLOTS = List.of("trip", "plan", "attendees", "signup");

    static final double TIMEOUT_MS = Slots.TIMEOUT_MS;

    private final Page page;

    WidgetsPage(Page page) {
        this.page = page;
    }

    /** Waits until every slot shows the complete content of a run and is done. */
    WidgetsPage awaitAllDone() {
        Slots.awaitDone(page, SLOTS);
        return this;
    }

    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    /** The slot's text outputs ({@code ui.text}), which write back what the widgets returned. */
    Locator texts(String slot) {
        return slot(slot).locator("p.weft-text");
    }

    /** Waits (on a loaded machine too) until the slot's outputs contain {@code text}. */
    void expectText(String slot, String text) {
        assertThat(texts(slot).filter(new Locator.FilterOptions().setHasText(text)))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(TIMEOUT_MS));
    }

    /** The refusal shown under a widget of {@code slot} that mentions {@code text}. */
    Locator refusal(String slot, String text) {
        return slot(slot)
                .locator(".weft-widget-error[role=alert]")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    long gen(String slot) {
        return Slots.gen(page, slot);
    }

    /** Widget and form messages the page has sent so far. */
    int sent() {
        return ((Number) page.evaluate("() => window.weft.state.sent")).intValue();
    }

    /** Forms the page has submitted so far. */
    int forms() {
        return ((Number) page.evaluate("() => window.weft.state.forms")).intValue();
    }
}
