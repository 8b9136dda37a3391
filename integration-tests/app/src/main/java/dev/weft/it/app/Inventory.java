package dev.weft.it.app;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.util.List;

/** A small app as a user would write it, with an injected bean and a failing section. */
@App(title = "Inventory", path = "/")
public class Inventory {

    @Inject
    Stock stock;

    @Fragment
    void heading(Ui ui) {
        ui.title("Inventory");
        ui.markdown("Stock levels, **live**.");
    }

    @Fragment(parallel = true)
    int levels(Ui ui) throws InterruptedException {
        List<Integer> levels = stock.levels();
        ui.header("Levels");
        ui.lineChart(levels);
        return levels.size();
    }

    @Fragment(parallel = true)
    void supplier(Ui ui) {
        ui.header("Supplier");
        throw new IllegalStateException("Supplier API unreachable");
    }
}
