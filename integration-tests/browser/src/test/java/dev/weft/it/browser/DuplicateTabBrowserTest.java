package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A duplicated tab (its {@code sessionStorage}, and so its session id, copied from the original)
 * gets a session of its own, and both tabs go on working, each with its own filters.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.SALES)
class DuplicateTabBrowserTest {

    @Test
    void duplicatedTab_getsItsOwnSession_andBothTabsKeepWorking(ExampleServer app, Page page) {
        page.navigate(app.url("/"));
        SalesPage original = new SalesPage(page).awaitChartsRendered().awaitAllDone();
        // window.open copies the opener's sessionStorage into the new tab, as "Duplicate tab" does.
        Page copyPage = page.context().waitForPage(() -> page.evaluate("window.open(location.href)"));
        SalesPage copy = new SalesPage(copyPage).awaitChartsRendered().awaitAllDone();
        assertNotEquals(session(page), session(copyPage), "the duplicated tab has a session of its own");

        chooseYear(copy, SalesPage.LAST_YEAR - 2);
        chooseYear(original, SalesPage.LAST_YEAR - 1);

        assertThat(copy.yearReadout()).hasText(String.valueOf(SalesPage.LAST_YEAR - 2));
        assertThat(copy.slot("revenue").locator("p.weft-text")).containsText(String.valueOf(SalesPage.LAST_YEAR - 2));
        assertThat(page.locator(".weft-error")).hasCount(0);
        assertThat(copyPage.locator(".weft-error")).hasCount(0);
    }

    /** Moves the Year slider left from the last year to {@code year}, and waits for the charts that depend on it. */
    private static void chooseYear(SalesPage sales, int year) {
        Page page = sales.page();
        page.bringToFront();
        Map<String, Long> before = sales.gens();
        sales.yearSlider().focus();
        for (int step = year; step < SalesPage.LAST_YEAR; step++) {
            page.keyboard().press("ArrowLeft");
        }
        sales.awaitChartsNewerThan(before);
        assertThat(sales.yearReadout()).hasText(String.valueOf(year));
        assertThat(sales.slot("revenue").locator("p.weft-text")).containsText(String.valueOf(year));
        assertThat(sales.slot("margin").locator(".weft-markdown")).containsText(String.valueOf(year));
    }

    private static String session(Page page) {
        return (String) page.evaluate("window.weft.state.session");
    }
}
