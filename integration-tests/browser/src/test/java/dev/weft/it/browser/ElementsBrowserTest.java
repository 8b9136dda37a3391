package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The elements example's elements (text, code, metrics, tables, JSON, charts, images, downloads,
 * callouts, progress and status) in a real headless Chromium.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.ELEMENTS)
class ElementsBrowserTest {

    @Test
    void everyElement_renders(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        ElementsPage elements = new ElementsPage(page).awaitDone(ElementsPage.TOUR);

        Locator text = elements.slot("text");
        assertThat(text.locator("h1")).hasText("Elements");
        assertThat(text.locator("h3.weft-subheader")).hasText("Code, captions and HTML");
        assertThat(text.locator("p.weft-caption")).containsText("naming their fields");
        assertThat(text.locator(".weft-code[data-language=java][data-highlighted=true] .hljs-keyword")
                        .first())
                .isVisible();
        assertThat(text.locator(".weft-html b")).hasText("HTML");
        assertThat(text.locator("hr.weft-divider")).hasCount(1);

        Locator data = elements.slot("data");
        assertThat(data.locator(".weft-metric")).hasCount(3);
        assertThat(data.locator(".weft-metric").nth(0).locator(".weft-metric-delta"))
                .hasAttribute("data-color", "good");
        assertThat(data.locator(".weft-metric").nth(1).locator(".weft-metric-delta"))
                .hasAttribute("data-color", "bad");
        assertThat(data.locator(".weft-metric").nth(2).locator(".weft-metric-delta"))
                .hasAttribute("data-direction", "down");
        assertThat(data.locator(".weft-metric").nth(2).locator(".weft-metric-delta"))
                .hasAttribute("data-color", "good");
        Locator table = data.locator(".weft-table");
        assertThat(table.locator("tbody tr")).hasCount(20);
        assertThat(table.locator(".weft-table-count")).hasText("1–20 of 57 rows");
        table.locator("button[data-go=last]").click();
        assertThat(table).hasAttribute("data-page", "2");
        assertThat(table.locator("tbody tr")).hasCount(17);
        assertThat(data.locator(".weft-json .weft-json-key").first()).hasText("\"region\":");

        Locator charts = elements.slot("charts");
        for (String kind : List.of("line_chart", "area_chart", "bar_chart", "scatter_chart", "chart")) {
            assertThat(charts.locator(".weft-chart[data-kind=" + kind + "][data-rendered=true]"))
                    .hasCount(1);
        }

        Locator media = elements.slot("media");
        assertThat(media.locator("figure.weft-image[data-loaded=true]")).hasCount(2);
        assertThat(media.locator("figure.weft-image figcaption").first()).containsText("Java2D");
        Locator download = media.locator("a.weft-download");
        assertThat(download).hasAttribute("download", "figures.csv");
        APIResponse file = page.request().get(app.url(download.getAttribute("href")));
        assertEquals(200, file.status());
        assertEquals(
                "attachment; filename=\"figures.csv\"; filename*=UTF-8''figures.csv",
                file.headers().get("content-disposition"));
        assertTrue(file.text().startsWith("month,revenue,costs,orders\nJan,120.0"), file.text());

        Locator status = elements.slot("status");
        for (String kind : List.of("info", "success", "warning")) {
            assertThat(status.locator(".weft-callout-" + kind)).hasCount(1);
        }
        assertThat(status.locator(".weft-callout-info strong")).hasText("every night");
        assertThat(status.locator(".weft-error")).hasCount(2);
        assertThat(status.locator(".weft-error").nth(1))
                .containsText("IllegalStateException: Forecast model not loaded");
        assertThat(status.locator(".weft-error details.weft-trace")).hasCount(0); // prod mode: no stack trace
        Locator box = status.locator("details.weft-status");
        assertThat(box).hasAttribute("data-state", "complete");
        assertThat(box.locator("summary")).hasText("Figures imported");
        assertThat(box).not().hasAttribute("open", "");
        assertThat(status.locator(".weft-progress")).hasAttribute("aria-valuenow", "60");

        Locator display = elements.slot("display");
        assertThat(display.locator(".weft-markdown code")).hasText("String");
        assertThat(display.locator("p.weft-text")).hasText("42.5");
        assertThat(display.locator(".weft-table tbody tr")).hasCount(3);
        assertThat(display.locator("figure.weft-image[data-loaded=true]")).hasCount(1);
        assertThat(display.locator(".weft-chart[data-kind=chart][data-rendered=true]"))
                .hasCount(1);
        elements.screenshot("elements");
        for (String name : ElementsPage.TOUR) {
            elements.slot(name)
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(java.nio.file.Paths.get("target", "screenshots", "elements-" + name + ".png")));
        }

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.waitForTimeout(300); // charts redraw in the dark scheme's colours
        elements.screenshot("elements-dark");
    }

    @Test
    void bigTable_sendsOnePage_sortsAndPagesOnTheServer(ExampleServer app, Page page) {
        List<Integer> frames = new CopyOnWriteArrayList<>();
        page.onWebSocket(socket ->
                socket.onFrameReceived(frame -> frames.add(frame.text().length())));
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/table"));
        ElementsPage elements = new ElementsPage(page).awaitDone(List.of("orders"));
        Locator table = elements.slot("orders").locator(".weft-table");
        assertThat(table.locator("tbody tr")).hasCount(20);
        assertThat(table.locator(".weft-table-count")).hasText("1–20 of 100,000 rows");
        assertThat(table.locator(".weft-table-page")).hasText("Page 1 of 5,000");
        assertTrue(frames.stream().allMatch(size -> size < 20_000), "no frame carries the whole table: " + frames);

        Locator amount = table.locator("th[data-column=amount]");
        amount.locator("button").click();
        assertThat(amount).hasAttribute("aria-sort", "ascending");
        assertThat(table).hasAttribute("data-state", "ready");
        List<Double> ascending = column(table, 3);
        assertEquals(0.0, ascending.get(0), "the smallest amount first");
        assertTrue(isSorted(ascending), "ascending: " + ascending);

        amount.locator("button").click();
        assertThat(amount).hasAttribute("aria-sort", "descending");
        assertThat(table).hasAttribute("data-desc", "true");
        List<Double> descending = column(table, 3);
        assertTrue(isSorted(descending.reversed()), "descending: " + descending);
        assertTrue(descending.get(0) > ascending.get(19));

        table.locator("button[data-go=next]").click();
        assertThat(table).hasAttribute("data-page", "1");
        assertThat(table.locator(".weft-table-count")).hasText("21–40 of 100,000 rows");
        assertTrue(column(table, 3).get(0) <= descending.get(19), "page 2 goes on where page 1 ended");
        table.locator("button[data-go=last]").click();
        assertThat(table.locator(".weft-table-page")).hasText("Page 5,000 of 5,000");
        assertThat(table.locator("tbody tr")).hasCount(20);
        assertThat(table.locator("button[data-go=next]")).isDisabled();

        amount.locator("button").click(); // third click: back to the order drawn
        assertThat(amount).hasAttribute("aria-sort", "none");
        assertThat(table.locator("tbody tr").first().locator("td").first()).hasText("100000");
        assertEquals(20, page.locator("#weft tbody tr").count(), "the page holds one page of rows");
        elements.screenshot("table");
    }

    @Test
    void untrustedPayloads_renderInert(ExampleServer app, Page page) {
        AtomicInteger dialogs = new AtomicInteger();
        page.onDialog(dialog -> {
            dialogs.incrementAndGet();
            dialog.dismiss();
        });
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/untrusted"));
        ElementsPage elements = new ElementsPage(page).awaitDone(List.of("payloads"));
        Locator slot = elements.slot("payloads");
        assertThat(slot.locator(".weft-chart[data-rendered=true]")).hasCount(1);
        assertThat(slot.locator("figure.weft-image[data-loaded=true]")).hasCount(1);

        // Poke everything a payload hooked: click, hover the chart's slice, toggle, follow links.
        slot.locator(".weft-html p").click();
        slot.locator(".weft-chart").hover();
        page.mouse().move(640, 0);
        slot.locator(".weft-chart").hover();
        for (Locator link : slot.locator("a").all()) {
            link.click(new Locator.ClickOptions().setModifiers(List.of()).setNoWaitAfter(true));
        }
        page.waitForTimeout(500);

        assertEquals(null, page.evaluate("() => window.pwned ?? null"), "no payload ran");
        assertEquals(0, dialogs.get(), "no dialog was opened");
        assertEquals(0, slot.locator("script, iframe, form, object, embed").count());
        Object handlers = page.evaluate(
                "slot => [...slot.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                        + ".filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).map(a => a.name))",
                slot.elementHandle());
        assertEquals(List.of(), handlers, "no event handler or javascript: URL reached the page");
        assertThat(slot.locator(".weft-text")).hasText("<script>window.pwned='text'</script>");
        assertThat(slot.locator(".weft-table td").first()).containsText("<img");
        elements.screenshot("untrusted");
    }

    @Test
    void progressBar_advancesWhileItsFragmentRuns_thenToastsOnce(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1000);
        page.navigate(app.url("/"));
        ElementsPage elements = new ElementsPage(page).awaitDone(ElementsPage.TOUR);
        Locator slot = elements.slot("progress");
        page.evaluate("() => { window.progressSeen = [];"
                + " const slot = document.querySelector('section.weft-slot[data-slot=\"progress\"]');"
                + " new MutationObserver(() => { const bar = slot.querySelector('.weft-progress');"
                + "   if (bar) window.progressSeen.push({ value: Number(bar.dataset.value), state: slot.dataset.state,"
                + "     spinner: !!slot.querySelector('.weft-spinner-line') }); })"
                + " .observe(slot, { subtree: true, attributes: true, childList: true, characterData: true }); }");
        long before = elements.gen("progress");
        slot.getByText("Run the import").click();
        elements.awaitDoneAfter("progress", before);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seen = (List<Map<String, Object>>) page.evaluate("() => window.progressSeen");
        List<Double> whileRunning = new ArrayList<>();
        boolean spinnerWhileRunning = false;
        for (Map<String, Object> one : seen) {
            if ("running".equals(one.get("state"))) {
                double value = ((Number) one.get("value")).doubleValue();
                if (whileRunning.isEmpty() || whileRunning.getLast() != value) {
                    whileRunning.add(value);
                }
                spinnerWhileRunning |= Boolean.TRUE.equals(one.get("spinner"));
            }
        }
        assertTrue(
                whileRunning.stream().filter(v -> v > 0 && v < 1).count() >= 2,
                "the bar moved at least twice while the run went on: " + whileRunning);
        assertTrue(isSorted(whileRunning), "it only moved forward: " + whileRunning);
        assertTrue(spinnerWhileRunning, "the spinner showed while the run went on");
        assertThat(slot.locator(".weft-progress")).hasAttribute("aria-valuenow", "100");
        assertThat(slot.locator(".weft-spinner-line")).hasCount(0);
        assertThat(slot.locator(".weft-callout-success")).containsText("Imported 8 files");

        assertThat(page.locator(".weft-toasts .weft-toast")).hasCount(1);
        assertThat(page.locator(".weft-toast")).containsText("Import finished: 8 files.");
        page.reload();
        new ElementsPage(page).awaitDone(ElementsPage.TOUR);
        page.waitForTimeout(300);
        assertEquals(0, page.locator(".weft-toast").count(), "a resumed page does not show the toast again");
        assertFalse(Boolean.TRUE.equals(page.evaluate("() => (window.weft.state.toasts ?? 0) > 0")));
    }

    private static List<Double> column(Locator table, int index) {
        List<Double> values = new ArrayList<>();
        for (String text :
                table.locator("tbody tr td:nth-child(" + (index + 1) + ")").allTextContents()) {
            values.add(Double.parseDouble(text));
        }
        return values;
    }

    private static boolean isSorted(List<Double> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) < values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
