package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tabs (two browser contexts, so two sessions) of the confined example: each evaluates scripts
 * in the one Rhino engine, whose calls all run on the confined group's thread; what one tab sets,
 * the other reads; a script that throws shows its error in its own tab's console only.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.CONFINED)
class ConfinedBrowserTest {

    private static final double TIMEOUT_MS = 30_000;

    private static final String THREAD = "on thread weft-confined-rhino";

    @Test
    void twoTabs_shareOneEngineOnItsConfinedThread_andAScriptErrorShowsInItsOwnTab(ExampleServer app, Browser browser) {
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            List<Page> tabs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                contexts.add(context);
                Page page = context.newPage();
                page.navigate(app.url("/"));
                tabs.add(page);
            }
            Page first = tabs.get(0);
            Page second = tabs.get(1);

            // Each tab's first evaluation (the default script counts a visit) ran on the confined thread,
            // in one engine: the two counts differ.
            for (Page tab : tabs) {
                awaitDone(tab);
                assertThat(console(tab)).containsText(THREAD, timeout());
            }
            assertNotEquals(
                    console(first).locator("pre").first().textContent().strip(),
                    console(second).locator("pre").first().textContent().strip(),
                    "two tabs counting visits on one shared variable got two different counts");

            // What one tab sets, the other reads: one engine, one global scope.
            evaluate(first, "shared.note = 'set in the first tab'");
            assertThat(console(first).locator("pre").first()).containsText("set in the first tab", timeout());
            evaluate(second, "shared.note + ' (read in the second)'");
            assertThat(console(second).locator("pre").first())
                    .containsText("set in the first tab (read in the second)", timeout());
            assertThat(console(second)).containsText(THREAD, timeout());
            // The shared state's timer shows it in the other tab too.
            assertThat(slot(second, "state")).containsText("set in the first tab", timeout());

            // A script that throws: its error shows in its own console; the other tab is unaffected.
            evaluate(first, "nope()");
            assertThat(console(first)).hasAttribute("data-state", "failed", attribute());
            assertThat(console(first).locator(".weft-error")).containsText("\"nope\" is not defined", timeout());
            assertThat(console(second)).hasAttribute("data-state", "done", attribute());
            first.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", "confined-error.png"))
                    .setFullPage(true));

            // The engine still works afterwards, for both tabs.
            evaluate(first, "[1, 2, 3].map(x => x * x)");
            assertThat(console(first)).hasAttribute("data-state", "done", attribute());
            assertThat(console(first).locator("pre").first()).containsText("9", timeout());
            assertThat(console(first)).containsText(THREAD, timeout());
            second.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", "confined.png"))
                    .setFullPage(true));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private static Locator slot(Page page, String name) {
        return Slots.slot(page, name);
    }

    private static Locator console(Page page) {
        return slot(page, "console");
    }

    /** Types {@code source} into the tab's console and presses Enter (which sends it). */
    private static void evaluate(Page page, String source) {
        Locator field = console(page).getByLabel("JavaScript");
        field.fill(source);
        field.press("Enter");
    }

    /** Waits until the console has finished a run (the page's first). */
    private static void awaitDone(Page page) {
        page.waitForFunction(
                "() => { const s = document.querySelector('#weft section.weft-slot[data-slot=\"console\"]');"
                        + " return s && s.dataset.state === 'done' && !s.dataset.partial; }",
                null,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    private static LocatorAssertions.ContainsTextOptions timeout() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT_MS);
    }

    private static LocatorAssertions.HasAttributeOptions attribute() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS);
    }
}
