package dev.weft.runtime.session;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/**
 * One sequential fragment that reads a slider and draws one text: the smallest run a widget change
 * can cause. Weft's processor compiles it into {@code OneFragmentApp_WeftApp}, the definition the
 * benchmarks run.
 */
@App(title = "One fragment")
class OneFragmentApp {

    @Fragment
    void controls(Ui ui) {
        int n = ui.slider("N", 0, 100, 50);
        ui.text("n = " + n);
    }
}
