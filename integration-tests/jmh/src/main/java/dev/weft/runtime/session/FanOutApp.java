package dev.weft.runtime.session;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/**
 * A source fragment that reads a slider and returns its value, and three parallel fragments that
 * take it and each draw one text: a widget change reruns all four. Weft's processor compiles it
 * into {@code FanOutApp_WeftApp}, the definition the benchmarks run.
 */
@App(title = "Fan-out", path = "/fan-out")
class FanOutApp {

    @Fragment
    int controls(Ui ui) {
        int n = ui.slider("N", 0, 100, 50);
        ui.text("n = " + n);
        return n;
    }

    @Fragment(parallel = true)
    void a(Ui ui, int n) {
        ui.text("a sees n = " + n);
    }

    @Fragment(parallel = true)
    void b(Ui ui, int n) {
        ui.text("b sees n = " + n);
    }

    @Fragment(parallel = true)
    void c(Ui ui, int n) {
        ui.text("c sees n = " + n);
    }
}
