package dev.weft.examples.dashboard;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** The same three sections without {@code parallel = true}: they run one after another, about 6 s. */
@App(title = "Sequential Fragments", path = "/sequential")
public class SequentialDashboard {

    @Fragment
    void intro(Ui ui) {
        ui.title("Sequential Fragments");
        ui.markdown("The same three 2-second sections as the [parallel version](/), but sequential: "
                + "each starts when the one before it has finished, so the page takes about 6 s.");
    }

    @Fragment
    void revenue(Ui ui) throws InterruptedException {
        Sections.revenue(ui);
    }

    @Fragment
    void orders(Ui ui) throws InterruptedException {
        Sections.orders(ui);
    }

    @Fragment
    void visitors(Ui ui) throws InterruptedException {
        Sections.visitors(ui);
    }
}
