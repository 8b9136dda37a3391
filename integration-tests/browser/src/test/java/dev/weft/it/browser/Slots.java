package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * A page's slots as the page objects find them, following the DOM contract of {@code docs/protocol.md}:
 * each fragment's {@code section.weft-slot[data-slot]} under {@code #weft}, with its {@code data-state},
 * {@code data-gen} and, while a run streams, {@code data-partial}. One place, so that a change to the
 * contract changes every test at once.
 */
final class Slots {

    /** How long a page object waits for a slot: generous, for a loaded 2-core machine. */
    static final double TIMEOUT_MS = 30_000;

    private static final String FIND =
            "const s = document.querySelector('#weft section.weft-slot[data-slot=\"' + n + '\"]');";

    private Slots() {}

    /** The slot of fragment {@code name}. */
    static Locator slot(Page page, String name) {
        return page.locator("#weft section.weft-slot[data-slot=\"" + name + "\"]");
    }

    /** The generation of the content the slot shows (0 for none yet). */
    static long gen(Page page, String name) {
        String gen = slot(page, name).getAttribute("data-gen");
        return gen == null ? 0 : Long.parseLong(gen);
    }

    /** Waits until each of {@code names} shows the complete content of a run and is done. */
    static void awaitDone(Page page, List<String> names) {
        page.waitForFunction(
                "names => names.every(n => { " + FIND
                        + " return s && s.dataset.state === 'done' && !s.dataset.partial; })",
                names,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    /** Waits until slot {@code name} shows the complete content of a run newer than {@code gen}. */
    static void awaitDoneAfter(Page page, String name, long gen) {
        page.waitForFunction(
                "([n, gen]) => { " + FIND
                        + " return s && s.dataset.state === 'done' && !s.dataset.partial && Number(s.dataset.gen) > gen; }",
                List.of(name, (double) gen),
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }
}
