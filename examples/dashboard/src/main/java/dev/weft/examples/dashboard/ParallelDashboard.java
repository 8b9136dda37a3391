package dev.weft.examples.dashboard;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/**
 * The "Parallel Fragments" dashboard: three sections that each take 2 s to load run on their own
 * threads, so the page is complete after about 2 s instead of 6 s.
 */
@App(title = "Parallel Fragments", path = "/")
public class ParallelDashboard {

    @Fragment
    void intro(Ui ui) {
        ui.title("Parallel Fragments");
        ui.markdown("Each section below waits **2 seconds** for its data, then draws a chart. "
                + "They are `@Fragment(parallel = true)`, so they load at the same time and the page is "
                + "complete in about 2 s. Compare the [sequential version](/sequential), which takes about 6 s.");
    }

    @Fragment(parallel = true)
    void revenue(Ui ui) throws InterruptedException {
        Sections.revenue(ui);
    }

    @Fragment(parallel = true)
    void orders(Ui ui) throws InterruptedException {
        Sections.orders(ui);
    }

    @Fragment(parallel = true)
    void visitors(Ui ui) throws InterruptedException {
        Sections.visitors(ui);
    }
}
