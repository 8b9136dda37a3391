package dev.weft.it.app;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import java.util.List;

/**
 * A page of the app's own rows, built without Tablesaw or DFLib on its class path: its record is read
 * by the reader Weft generated for it, and a data frame it cannot have is refused with a clear message.
 */
@App(title = "Catalog", path = "/catalog")
public class Catalog {

    /** One product: a row of the table. */
    public record Product(String name, double price, int stock) {}

    @Fragment
    List<Product> products() {
        return List.of(new Product("Tea", 4.5, 12), new Product("Cake", 3.0, 0));
    }

    @Fragment
    void table(Ui ui, List<Product> products) {
        ui.table(products);
        ui.barChart(products, "name", "stock");
    }

    @Fragment
    void frame(Ui ui) {
        // Not a frame of a library the build wired (none is on the class path): refused, this slot only.
        ui.table(Table.frame(new StringBuilder("not a frame")));
    }
}
