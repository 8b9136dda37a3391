package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The elements example's cross-filter page ({@code /cross-filter}) in a real headless Chromium: a
 * click on a bar and a range brushed with the mouse each rerun exactly the fragments that take the
 * selection, which show the filtered data.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.ELEMENTS)
class CrossFilterBrowserTest {

    private static final List<String> SLOTS = List.of("intro", "categories", "days", "orders", "categoryNote");

    /**
     * Where a data point of the chart in {@code slot} is on the page: ECharts (the page's own module,
     * through its import map) converts the point to pixels of the chart, which sits at its box.
     */
    private static final String PIXEL = """
            async ([slot, x, y]) => {
              const echarts = await import('echarts');
              const div = document.querySelector(`section.weft-slot[data-slot="${slot}"] .weft-chart`);
              const chart = echarts.getInstanceByDom(div);
              const value = y ?? chart.getOption().series[0].data[x];
              const [px, py] = chart.convertToPixel({ seriesIndex: 0 }, [x, value / 2]);
              const box = div.getBoundingClientRect();
              return [box.left + px, box.top + py];
            }""";

    @Test
    void clickABar_thenBrushDays_rerunsExactlyTheDependents(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1300);
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url("/cross-filter"));
        Slots.awaitDone(page, SLOTS);
        Locator charts = page.locator(".weft-widget[data-kind=chart_select] .weft-chart[data-rendered=true]");
        assertThat(charts).hasCount(2);
        Locator bars = Slots.slot(page, "categories").locator(".weft-chart");
        assertThat(bars).hasAttribute("aria-label", "Bar chart: Sales by category: Sales (selectable)");
        Locator orders = Slots.slot(page, "orders");
        assertThat(orders.locator(".weft-caption")).containsText("120 orders");

        // A click on the second bar (categories are sorted: Garden, Kitchen, Tools, Toys).
        Map<String, Long> before = gens(page);
        int mark = recorder.mark();
        clickAt(page, point(page, "categories", 1, null));
        Slots.awaitDoneAfter(page, "orders", before.get("orders"));
        Slots.awaitDoneAfter(page, "categoryNote", before.get("categoryNote"));
        assertEquals(Set.of("categories", "orders", "categoryNote"), reran(recorder, mark));
        assertThat(bars).hasAttribute("data-selected", "{\"indices\":[1],\"series\":\"Sales\"}");
        assertThat(orders.locator(".weft-caption")).containsText("Kitchen · the whole month");
        assertThat(Slots.slot(page, "categoryNote").locator(".weft-caption"))
                .hasText("Picked: Kitchen. Click the bar again to clear.");
        for (String category : orders.locator("tbody tr td:nth-child(3)").allTextContents()) {
            assertEquals("Kitchen", category.strip());
        }
        assertEquals(before.get("days"), Slots.gen(page, "days"), "the line chart did not rerun");

        // Brush days 5 to 12 on the line: from half a day before to half a day after.
        before = gens(page);
        mark = recorder.mark();
        double[] from = point(page, "days", 4.5, 0.0);
        double[] to = point(page, "days", 12.5, 0.0);
        double y = Slots.slot(page, "days").locator(".weft-chart").boundingBox().y + 130;
        page.mouse().move(from[0], y);
        page.mouse().down();
        page.mouse().move((from[0] + to[0]) / 2, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to[0], y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        Slots.awaitDoneAfter(page, "orders", before.get("orders"));
        Slots.awaitDoneAfter(page, "days", before.get("days"));
        assertEquals(Set.of("days", "orders"), reran(recorder, mark));
        assertThat(orders.locator(".weft-caption")).containsText("Kitchen · days 5–12");
        for (String day : orders.locator("tbody tr td:nth-child(2)").allTextContents()) {
            int d = Integer.parseInt(day.strip());
            assertFalse(d < 5 || d > 12, "day " + d + " is outside the brushed range");
        }
        assertThat(page.locator(".weft-error, .weft-widget-error")).hasCount(0);
        Screenshots.save(page, "cross-filter");

        // Clear the range with its button: the table shows the whole month again.
        before = gens(page);
        Slots.slot(page, "days")
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Clear selection"))
                .click();
        Slots.awaitDoneAfter(page, "orders", before.get("orders"));
        assertThat(orders.locator(".weft-caption")).containsText("Kitchen · the whole month");
    }

    private static double[] point(Page page, String slot, double x, Double y) {
        List<?> xy = (List<?>) page.evaluate(PIXEL, java.util.Arrays.asList(slot, x, y));
        return new double[] {((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue()};
    }

    private static void clickAt(Page page, double[] point) {
        page.mouse().click(point[0], point[1]);
    }

    private static Map<String, Long> gens(Page page) {
        Map<String, Long> gens = new TreeMap<>();
        SLOTS.forEach(slot -> gens.put(slot, Slots.gen(page, slot)));
        return gens;
    }

    /** The slots that started a run since {@code mark}. */
    private static Set<String> reran(StatusRecorder recorder, int mark) {
        Set<String> reran = new TreeSet<>();
        recorder.since(mark).stream().filter(s -> s.state().equals("running")).forEach(s -> reran.add(s.slot()));
        return reran;
    }
}
