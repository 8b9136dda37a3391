package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.Column;
import dev.weft.Edits;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import java.time.LocalDate;
import java.util.List;

/**
 * A data editor: the user edits the stock list in the table (every edit checked on the server), and
 * the totals below follow, since they take the edited rows the editor's fragment returns.
 */
@App(title = "Stock editor", path = "/editor")
public class Stock {

    /** One line of the stock list. */
    public record Item(
            int sku, String name, String category, int quantity, double price, boolean active, LocalDate restock) {}

    /** The stock list as edited, and how many lines changed. */
    public record Inventory(List<Item> items, int changed, int added, int deleted) {}

    private static final List<Item> ITEMS = List.of(
            new Item(101, "Espresso beans", "Coffee", 40, 14.5, true, LocalDate.of(2026, 12, 10)),
            new Item(102, "Oat milk", "Milk", 12, 2.2, true, LocalDate.of(2026, 12, 8)),
            new Item(103, "Green tea", "Tea", 30, 6.75, true, LocalDate.of(2026, 12, 20)),
            new Item(104, "Paper cups", "Supplies", 500, 0.08, true, LocalDate.of(2027, 1, 5)),
            new Item(105, "Chai syrup", "Tea", 0, 9.9, false, null));

    @Fragment
    Inventory stock(Ui ui) {
        ui.title("Stock editor");
        ui.caption("Double-click a cell (or press Enter on it) to edit it. Quantities are whole numbers from 0 to"
                + " 10,000; a name is required.");
        Edits<Item> edits = ui.dataEditor(Table.of(ITEMS)
                .label("Stock")
                .key(Item::sku)
                .column("sku", Column.integer().noGrouping().label("SKU").readOnly())
                .column("name", Column.text().label("Name").required().maxLength(40))
                .column(
                        "category",
                        Column.choice("Coffee", "Tea", "Milk", "Supplies").label("Category"))
                .column("quantity", Column.integer().label("Quantity").min(0).max(10_000))
                .column("price", Column.money("EUR").label("Price").min(0))
                .column("active", Column.check().label("Active"))
                .column("restock", Column.date(null).label("Restock"))
                .addRows(() -> new Item(0, "New item", "Supplies", 0, 0, true, null))
                .deleteRows());
        return new Inventory(
                edits.rows(),
                edits.changed().size(),
                edits.added().size(),
                edits.deleted().size());
    }

    @Fragment
    void totals(Ui ui, Inventory inventory) {
        int units = inventory.items().stream().mapToInt(Item::quantity).sum();
        double value = inventory.items().stream()
                .mapToDouble(item -> item.quantity() * item.price())
                .sum();
        ui.subheader("Totals");
        ui.metric("Units", String.valueOf(units));
        ui.metric("Stock value", String.format(java.util.Locale.ROOT, "€%.2f", value));
        ui.text("Changed " + inventory.changed() + ", added " + inventory.added() + ", deleted " + inventory.deleted()
                + ".");
    }
}
