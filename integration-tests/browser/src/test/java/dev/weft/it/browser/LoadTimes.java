package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Page loads as the load benchmarks measure them in headless Chromium: milliseconds from navigation
 * start ({@code performance.timeOrigin}) until the page shows what the benchmark waits for.
 */
final class LoadTimes {

    /** In the page, given a count: at least that many charts are drawn. */
    private static final String CHARTS_DRAWN_JS =
            "n => document.querySelectorAll('" + DashboardPage.RENDERED_CHART + "').length >= n";

    private LoadTimes() {}

    /** One load in a fresh browser context (a new session): until its charts are drawn, and until DOMContentLoaded. */
    record ChartsLoad(double chartsDrawn, double domContentLoaded) {}

    /**
     * Loads {@code url} in a fresh browser context and measures until {@code charts} charts are
     * drawn; fails if a section shows an error.
     */
    static ChartsLoad untilChartsDrawn(Chromium chromium, String url, int charts, double timeoutMs) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            double drawn = untilReady(page, url, CHARTS_DRAWN_JS, charts, timeoutMs);
            assertEquals(0, page.locator(".weft-error").count(), "no section failed while measuring " + url);
            Object domReady = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            return new ChartsLoad(drawn, ((Number) domReady).doubleValue());
        }
    }

    /**
     * Navigates {@code page} to {@code url} and waits, checking every 10 ms, until {@code readyJs} (a
     * function in the page, called with {@code arg}) returns true: the milliseconds from navigation
     * start until it did.
     */
    static double untilReady(Page page, String url, String readyJs, Object arg, double timeoutMs) {
        page.navigate(url);
        Object at = page.waitForFunction(
                        "arg => (" + readyJs + ")(arg) && performance.now()",
                        arg,
                        new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(timeoutMs))
                .jsonValue();
        return ((Number) at).doubleValue();
    }

    /** The first contentful paint of the page loaded last, in ms from navigation start; -1 if none yet. */
    static double firstContentfulPaint(Page page) {
        Object fcp = page.evaluate("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        return ((Number) fcp).doubleValue();
    }
}
