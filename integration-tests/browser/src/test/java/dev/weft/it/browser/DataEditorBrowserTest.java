package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data editor of the elements example ({@code /editor}) in a real Chromium: a cell edited with
 * the input fitting its column reruns the totals that take the edited rows; a value the server
 * refuses is shown in its cell with the server's reason and changes nothing; rows are added and
 * deleted.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.ELEMENTS)
class DataEditorBrowserTest {

    private static final List<String> SLOTS = List.of("stock", "totals");

    @Test
    void editRefuseAddAndDelete(ExampleServer app, Page page) {
        page.setViewportSize(1200, 900);
        page.navigate(app.url("/editor"));
        ElementsPage editor = new ElementsPage(page).awaitDone(SLOTS);
        Locator table = editor.slot("stock").locator(".weft-table[data-editor=true]");
        Locator totals = editor.slot("totals");
        assertThat(totals.locator(".weft-metric").first()).containsText("582");

        // Edit a quantity: double-click opens a number input; Enter sends it; the totals follow.
        long gen = editor.gen("totals");
        Locator quantity = cell(table, 102, "quantity");
        quantity.dblclick();
        Locator input = quantity.locator("input.weft-edit-input[type=number]");
        assertThat(input).isFocused();
        input.fill("20");
        input.press("Enter");
        editor.awaitDoneAfter("totals", gen);
        assertThat(totals.locator(".weft-metric").first()).containsText("590");
        assertThat(cell(table, 102, "quantity")).hasText("20");
        assertThat(cell(table, 102, "quantity")).hasAttribute("data-edited", "true");
        assertThat(totals).containsText("Changed 1, added 0, deleted 0.");

        // Escape cancels: nothing is sent, the cell shows its value again.
        Locator name = cell(table, 103, "name");
        name.dblclick();
        name.locator("input.weft-edit-input").fill("Black tea");
        name.locator("input.weft-edit-input").press("Escape");
        assertThat(name).hasText("Green tea");

        // A refused value stays in its cell with the server's reason; the totals do not rerun.
        long before = editor.gen("totals");
        Locator refused = cell(table, 101, "quantity");
        refused.dblclick();
        refused.locator("input.weft-edit-input").fill("-4");
        refused.locator("input.weft-edit-input").press("Enter");
        assertThat(refused).hasAttribute("data-invalid", "true");
        assertThat(refused.locator(".weft-edit-error[role=alert]")).hasText("'Quantity' must be at least 0.");
        assertThat(refused.locator(".weft-edit-shown")).hasText("-4");
        shot(page, "refused");
        org.junit.jupiter.api.Assertions.assertEquals(before, editor.gen("totals"));

        // A choice column edits with a select box of its options.
        gen = editor.gen("totals");
        Locator category = cell(table, 104, "category");
        category.focus();
        category.press("Enter");
        category.locator("select.weft-edit-input").selectOption("Coffee");
        editor.awaitDoneAfter("totals", gen);
        assertThat(cell(table, 104, "category")).hasText("Coffee");

        // The refusal outlives that rerun; Escape on the cell dismisses it, showing the value kept.
        Locator kept = cell(table, 101, "quantity");
        assertThat(kept.locator(".weft-edit-error")).hasText("'Quantity' must be at least 0.");
        kept.focus();
        kept.press("Escape");
        assertThat(kept).hasText("40");
        assertThat(kept).not().hasAttribute("data-invalid", "true");

        // Add a row (from the app's blank row), then delete it and another.
        gen = editor.gen("totals");
        table.locator("button.weft-edit-add").click();
        editor.awaitDoneAfter("totals", gen);
        assertThat(table.locator("tbody tr")).hasCount(6);
        assertThat(table.locator("tbody tr[data-added=true]")).hasCount(1);
        assertThat(totals).containsText("added 1");
        shot(page, "added");

        gen = editor.gen("totals");
        table.locator("tbody tr[data-added=true] input.weft-edit-pick").check();
        table.locator("tbody tr[data-key='105'] input.weft-edit-pick").check();
        assertThat(table.locator("button.weft-edit-delete")).hasText("Delete 2 rows");
        table.locator("button.weft-edit-delete").click();
        editor.awaitDoneAfter("totals", gen);
        assertThat(table.locator("tbody tr")).hasCount(4);
        assertThat(totals).containsText("added 0, deleted 1.");
        shot(page, "deleted");
    }

    @Test
    void cellsShowAsTheirFormats_whileTheInputsTakeTheValues(ExampleServer app, Page page) {
        page.setViewportSize(1200, 900);
        page.navigate(app.url("/editor"));
        ElementsPage editor = new ElementsPage(page).awaitDone(SLOTS);
        Locator table = editor.slot("stock").locator(".weft-table[data-editor=true]");

        // As a plain table shows them: money, a date in the user's locale, check marks.
        assertThat(cell(table, 101, "price")).hasText("€14.50");
        assertThat(cell(table, 103, "restock")).hasText("Dec 20, 2026");
        assertThat(cell(table, 101, "active").locator(".weft-cell-check")).hasAttribute("data-checked", "true");
        assertThat(cell(table, 105, "active").locator(".weft-cell-check")).hasAttribute("data-checked", "false");

        // The arrow keys move between the editable cells (SKU is read-only, so Left stops at the name).
        Locator name = cell(table, 101, "name");
        name.focus();
        name.press("ArrowDown");
        assertThat(cell(table, 102, "name")).isFocused();
        page.keyboard().press("ArrowRight");
        assertThat(cell(table, 102, "category")).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(cell(table, 101, "category")).isFocused();
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertThat(cell(table, 101, "name")).isFocused();

        // The inputs start from the values: a number, an ISO date, a ticked box.
        Locator price = cell(table, 102, "price");
        price.dblclick();
        Locator priceInput = price.locator("input.weft-edit-input[type=number]");
        assertThat(priceInput).hasValue("2.2");
        long gen = editor.gen("totals");
        priceInput.fill("2.5");
        priceInput.press("Enter");
        editor.awaitDoneAfter("totals", gen);
        assertThat(cell(table, 102, "price")).hasText("€2.50");
        assertThat(cell(table, 102, "price")).hasAttribute("data-edited", "true");

        Locator restock = cell(table, 103, "restock");
        restock.dblclick();
        Locator dateInput = restock.locator("input.weft-edit-input[type=date]");
        assertThat(dateInput).hasValue("2026-12-20");
        gen = editor.gen("totals");
        dateInput.fill("2026-12-24");
        dateInput.press("Enter");
        editor.awaitDoneAfter("totals", gen);
        assertThat(cell(table, 103, "restock")).hasText("Dec 24, 2026");

        Locator active = cell(table, 101, "active");
        active.dblclick();
        Locator box = active.locator("input.weft-edit-input[type=checkbox]");
        assertThat(box).isChecked();
        gen = editor.gen("totals");
        box.click(); // the box closes as it changes, so Playwright cannot check it stayed unticked
        editor.awaitDoneAfter("totals", gen);
        assertThat(cell(table, 101, "active").locator(".weft-cell-check")).hasAttribute("data-checked", "false");

        // An added row shows formatted too.
        gen = editor.gen("totals");
        table.locator("button.weft-edit-add").click();
        editor.awaitDoneAfter("totals", gen);
        Locator added = table.locator("tbody tr[data-added=true]");
        assertThat(added.locator("td[data-column=price]")).hasText("€0.00");
        assertThat(added.locator("td[data-column=active] .weft-cell-check")).hasAttribute("data-checked", "true");
        shot(page, "formatted");
    }

    private static Locator cell(Locator table, int sku, String column) {
        return table.locator("tbody tr[data-key='" + sku + "'] td[data-column=" + column + "]");
    }

    private static void shot(Page page, String name) {
        Path dir = Paths.get(System.getProperty("weft.shots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(dir.resolve("editor-" + name + ".png"))
                .setFullPage(true));
    }
}
