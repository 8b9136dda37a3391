package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The elements example's brush page ({@code /brush-points}) in a real headless Chromium: a box dragged
 * and a lasso drawn with the mouse on scatter charts each rerun exactly the chart's fragment and the
 * table that takes its points, which lists the shops inside; after a theme switch the lasso chart
 * still has its brush cursor and still draws.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.ELEMENTS)
class BrushPointsBrowserTest {

    private static final List<String> SLOTS = List.of("intro", "box", "boxed", "lasso", "lassoed");

    /**
     * Where a shop's floor area is across the chart in {@code slot}, and the top and bottom of its plot
     * area, in pixels of the page: [x, top, bottom].
     */
    private static final String PIXEL = """
            async ([slot, area]) => {
              const echarts = await import('echarts');
              const div = document.querySelector(`section.weft-slot[data-slot="${slot}"] .weft-chart`);
              const chart = echarts.getInstanceByDom(div);
              const grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();
              const [px] = chart.convertToPixel({ seriesIndex: 0 }, [area, 300]);
              const box = div.getBoundingClientRect();
              return [box.left + px, box.top + grid.y + 4, box.top + grid.y + grid.height - 4];
            }""";

    /** The cursor ECharts shows over the chart in {@code slot} (its canvas layer's style). */
    private static final String CURSOR = """
            async (slot) => {
              const echarts = await import('echarts');
              const div = document.querySelector(`section.weft-slot[data-slot="${slot}"] .weft-chart`);
              return echarts.getInstanceByDom(div).getZr().painter.getViewportRoot().style.cursor;
            }""";

    @Test
    void boxAndLasso_drawnWithTheMouse_rerunExactlyTheirTables(ExampleServer app, Page page) throws Exception {
        page.setViewportSize(1280, 1600);
        StatusRecorder recorder = StatusRecorder.attach(page);
        page.navigate(app.url("/brush-points"));
        Slots.awaitDone(page, SLOTS);
        assertThat(page.locator(".weft-widget[data-kind=chart_select] .weft-chart[data-rendered=true]"))
                .hasCount(2);
        Locator boxed = Slots.slot(page, "boxed");
        Locator lassoed = Slots.slot(page, "lassoed");
        assertThat(boxed.locator(".weft-caption")).hasText("0 shops in the box");

        // A box from 175 m² to 375 m², the plot's whole height: shops 3 to 6 (200, 250, 300, 350 m²).
        Map<String, Long> before = gens(page);
        int mark = recorder.mark();
        double[] from = pixel(page, "box", 175);
        double[] to = pixel(page, "box", 375);
        page.mouse().move(from[0], from[1]);
        page.mouse().down();
        page.mouse().move((from[0] + to[0]) / 2, (from[1] + from[2]) / 2, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to[0], from[2], new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        Slots.awaitDoneAfter(page, "boxed", before.get("boxed"));
        Slots.awaitDoneAfter(page, "box", before.get("box"));
        assertEquals(Set.of("box", "boxed"), reran(recorder, mark));
        assertThat(boxed.locator(".weft-caption")).hasText("4 shops in the box");
        assertEquals(List.of("3", "4", "5", "6"), ids(boxed));
        assertEquals(before.get("lassoed"), Slots.gen(page, "lassoed"), "the lasso's table did not rerun");

        // The moon button: the charts redraw in the dark theme, and the lasso chart keeps its cursor.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"))
                .click();
        assertEquals("dark", page.evaluate("() => document.documentElement.dataset.theme"));
        double[] left = pixel(page, "lasso", 575);
        double[] right = pixel(page, "lasso", 825);
        page.mouse().move(left[0] + 5, left[1] + 5);
        page.mouse().move(left[0] + 10, left[1] + 10);
        assertEquals("crosshair", page.evaluate(CURSOR, "lasso"), "the brush cursor after a theme switch");

        // A lasso around 575 m² to 825 m²: shops 11 to 15 (600 … 800 m²).
        before = gens(page);
        mark = recorder.mark();
        page.mouse().move(left[0], left[1]);
        page.mouse().down();
        page.mouse().move(right[0], right[1], new Mouse.MoveOptions().setSteps(8));
        page.mouse().move(right[0], right[2], new Mouse.MoveOptions().setSteps(8));
        page.mouse().move(left[0], left[2], new Mouse.MoveOptions().setSteps(8));
        page.mouse().move(left[0], left[1] + 2, new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        Slots.awaitDoneAfter(page, "lassoed", before.get("lassoed"));
        Slots.awaitDoneAfter(page, "lasso", before.get("lasso"));
        assertEquals(Set.of("lasso", "lassoed"), reran(recorder, mark));
        assertThat(lassoed.locator(".weft-caption")).hasText("5 shops in the lasso");
        assertEquals(List.of("11", "12", "13", "14", "15"), ids(lassoed));
        assertThat(boxed.locator(".weft-caption")).hasText("4 shops in the box");
        assertThat(page.locator(".weft-error, .weft-widget-error")).hasCount(0);
        page.mouse().move(3, 3);
        Path shots = Path.of("/work/wt/shots");
        if (Files.isDirectory(shots)) {
            page.screenshot(
                    new Page.ScreenshotOptions().setFullPage(true).setPath(shots.resolve("charts2-brush-points.png")));
        }
    }

    private static List<String> ids(Locator slot) {
        return slot.locator("tbody tr td:nth-child(1)").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    private static double[] pixel(Page page, String slot, double area) {
        List<?> xy = (List<?>) page.evaluate(PIXEL, List.of(slot, area));
        return xy.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
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
