package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.KeyboardModifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Selecting rows of a table (the elements example's {@code /pick}) with the mouse and the keyboard:
 * exactly the fragments that take the selection rerun, and show it; the selection stays, highlighted
 * on whichever page shows its rows, while the user pages and sorts.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.ELEMENTS)
class TableSelectionBrowserTest {

    /** Where the screenshots go: {@code target/screenshots}, or the folder {@code weft.shots} names. */
    private static final Path SHOTS = Path.of(System.getProperty("weft.shots", "target/screenshots"));

    private static final List<String> SLOTS =
            List.of("orders", "summary", "detail", "regions", "marked", "regionPick", "regionTotal", "stock");

    /** Each slot's generation: which of them ran since. */
    private static Map<String, Long> gens(Page page) {
        Map<String, Long> gens = new LinkedHashMap<>();
        SLOTS.forEach(slot -> gens.put(slot, Slots.gen(page, slot)));
        return gens;
    }

    /** Waits for the reruns of {@code ran}, then checks that no other slot ran. */
    private static void awaitOnly(Page page, Map<String, Long> before, List<String> ran) {
        for (String slot : ran) {
            Slots.awaitDoneAfter(page, slot, before.get(slot));
        }
        Slots.awaitDone(page, SLOTS);
        for (String slot : SLOTS) {
            if (!ran.contains(slot)) {
                assertEquals(before.get(slot), Slots.gen(page, slot), slot + " does not take this selection");
            }
        }
    }

    /** Waits for the selection's reruns, then checks that exactly the orders and their dependents reran. */
    private static void awaitOnlyDependentsRan(Page page, Map<String, Long> before) {
        awaitOnly(page, before, List.of("orders", "summary", "detail"));
    }

    private static Locator row(Locator table, int id) {
        return table.locator("tbody tr[data-key='" + id + "']");
    }

    @Test
    void selectingRows_withMouseAndKeyboard_rerunsExactlyTheDependents(ExampleServer app, Page page) throws Exception {
        page.setViewportSize(1280, 1100);
        page.navigate(app.url("/pick"));
        Slots.awaitDone(page, SLOTS);
        Locator table = Slots.slot(page, "orders").locator(".weft-table");
        Locator selected =
                Slots.slot(page, "summary").locator(".weft-metric").nth(0).locator(".weft-metric-value");
        Locator detail = Slots.slot(page, "detail");
        assertThat(table).hasAttribute("data-selectable", "rows");
        assertThat(selected).hasText("0");
        assertThat(detail).containsText("Select orders");

        // A click selects one row.
        Map<String, Long> before = gens(page);
        String customer = row(table, 1003).locator("td").nth(2).textContent();
        row(table, 1003).locator("td").nth(2).click();
        awaitOnlyDependentsRan(page, before);
        assertThat(selected).hasText("1");
        assertThat(detail).containsText("Customers: " + customer);
        assertThat(row(table, 1003)).hasAttribute("aria-selected", "true");
        assertThat(table.locator(".weft-table-selected")).hasText("1 row selected");

        // Ctrl-click adds one.
        before = gens(page);
        row(table, 1005).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.CONTROL)));
        awaitOnlyDependentsRan(page, before);
        assertThat(selected).hasText("2");

        // Keyboard: Shift with an arrow extends the range from the last row clicked; Space adds the row.
        before = gens(page);
        page.keyboard().press("Shift+ArrowDown");
        page.keyboard().press("Shift+ArrowDown");
        awaitOnlyDependentsRan(page, before);
        assertThat(selected).hasText("4");
        assertThat(table.locator("tbody tr[aria-selected=true]")).hasCount(4);
        before = gens(page);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        awaitOnlyDependentsRan(page, before);
        assertThat(selected).hasText("5");
        assertThat(row(table, 1009)).hasAttribute("aria-selected", "true");
        assertThat(row(table, 1008)).hasAttribute("aria-selected", "false");
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("selection-rows.png"))
                .setFullPage(true));

        // Enter selects the row under the cursor alone.
        before = gens(page);
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Enter");
        awaitOnlyDependentsRan(page, before);
        assertThat(selected).hasText("1");
        assertThat(table.locator("tbody tr[aria-selected=true]")).hasCount(1);
        assertThat(row(table, 1008)).hasAttribute("aria-selected", "true");

        // Paging and sorting keep the selection by key, and rerun nothing.
        before = gens(page);
        Locator idHeader = table.locator("th[data-column=id] .weft-table-sort");
        idHeader.click();
        assertThat(table).hasAttribute("data-sort", "id");
        idHeader.click();
        assertThat(table).hasAttribute("data-desc", "true");
        assertThat(row(table, 1036)).isVisible();
        assertThat(table.locator("tbody tr[aria-selected=true]")).hasCount(0);
        table.locator("button[data-go=next]").click();
        table.locator("button[data-go=next]").click();
        assertThat(table).hasAttribute("data-page", "2");
        assertThat(row(table, 1008)).hasAttribute("aria-selected", "true");
        assertThat(table.locator("tbody tr[aria-selected=true]")).hasCount(1);
        assertThat(table.locator(".weft-table-selected")).hasText("1 row selected");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("selection-sorted-page.png"))
                .setFullPage(true));
        assertEquals(before, gens(page), "paging and sorting rerun nothing");

        // A selection made on this page joins the one on another page.
        before = gens(page);
        row(table, 1012).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.CONTROL)));
        awaitOnlyDependentsRan(page, before);
        assertThat(selected).hasText("2");
        assertThat(detail).containsText("Customers: ");
    }

    @Test
    void markingCells_withMouseAndKeyboard_rerunsOnlyTheirDependent(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1400);
        page.navigate(app.url("/pick"));
        Slots.awaitDone(page, SLOTS);
        Locator table = Slots.slot(page, "regions").locator(".weft-table");
        Locator units = Slots.slot(page, "marked").locator(".weft-metric-value");
        assertThat(table).hasAttribute("data-selectable", "cells");
        assertThat(units).hasText("0");

        Map<String, Long> before = gens(page);
        table.locator("tbody tr[data-key='\"Feb\"'] td").nth(1).click(); // Feb, north
        awaitOnly(page, before, List.of("regions", "marked"));
        assertThat(units).hasText("132");

        // Shift with arrows marks the rectangle from the cell clicked: Feb–Mar, north–south.
        before = gens(page);
        page.keyboard().press("Shift+ArrowRight");
        page.keyboard().press("Shift+ArrowDown");
        awaitOnly(page, before, List.of("regions", "marked"));
        assertThat(units).hasText(String.valueOf(132 + 85 + 101 + 91));
        assertThat(table.locator("td[aria-selected=true]")).hasCount(4);
        assertThat(table.locator(".weft-table-selected")).hasText("4 cells selected");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("selection-cells.png"))
                .setFullPage(true));

        // The selectable grids (role, aria-selected, aria-multiselectable, check box labels) pass axe.
        List<String> violations = Axe.violations(page);
        assertEquals(List.of(), violations, Axe.report(violations));

        // Escape clears the selection.
        before = gens(page);
        page.keyboard().press("Escape");
        awaitOnly(page, before, List.of("regions", "marked"));
        assertThat(units).hasText("0");
        assertThat(table.locator("td[aria-selected=true]")).hasCount(0);
    }

    @Test
    void pickingColumns_withMouseAndKeyboard_rerunsOnlyTheirDependent(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1600);
        page.navigate(app.url("/pick"));
        Slots.awaitDone(page, SLOTS);
        Locator table = Slots.slot(page, "regionPick").locator(".weft-table");
        Locator units = Slots.slot(page, "regionTotal").locator(".weft-metric-value");
        Locator regions = Slots.slot(page, "regionTotal").locator(".weft-caption");
        assertThat(table).hasAttribute("data-selectable", "columns");
        assertThat(units).hasText("0");
        int north = 120 + 132 + 101 + 134;
        int east = 95 + 90 + 99 + 110;
        int west = 60 + 72 + 81 + 64;

        // The mouse: the check box in a column's header adds it, another adds a second one.
        Map<String, Long> before = gens(page);
        table.getByLabel("Select column north").click();
        awaitOnly(page, before, List.of("regionPick", "regionTotal"));
        assertThat(units).hasText(String.valueOf(north));
        assertThat(table.locator("th[data-column=north]")).hasAttribute("aria-selected", "true");
        before = gens(page);
        table.getByLabel("Select column east").click();
        awaitOnly(page, before, List.of("regionPick", "regionTotal"));
        assertThat(units).hasText(String.valueOf(north + east));
        assertThat(regions).hasText("Regions: north, east");
        assertThat(table.locator("th[aria-selected=true]")).hasCount(2);
        assertThat(table.locator("td[aria-selected=true]")).hasCount(8);
        assertThat(table.locator(".weft-table-selected")).hasText("2 columns selected");

        // The keyboard, with the table focused: ArrowRight moves from east to west, Space adds it.
        before = gens(page);
        table.locator(".weft-table-scroll").focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Space");
        awaitOnly(page, before, List.of("regionPick", "regionTotal"));
        assertThat(units).hasText(String.valueOf(north + east + west));
        assertThat(table.locator("th[data-column=west]")).hasAttribute("aria-selected", "true");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("selection-columns.png"))
                .setFullPage(true));

        // Enter keeps the column under the cursor alone; Escape clears.
        before = gens(page);
        page.keyboard().press("Enter");
        awaitOnly(page, before, List.of("regionPick", "regionTotal"));
        assertThat(units).hasText(String.valueOf(west));
        assertThat(regions).hasText("Regions: west");
        before = gens(page);
        page.keyboard().press("Escape");
        awaitOnly(page, before, List.of("regionPick", "regionTotal"));
        assertThat(units).hasText("0");
        assertThat(table.locator("th[aria-selected=true]")).hasCount(0);
    }
}
