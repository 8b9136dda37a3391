package com.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.List;

@App(title = "Parallel Fragments")
public class Dashboard {

    @Fragment
    void intro(Ui ui) {
        ui.title("Sales");
    }

    @Fragment(parallel = true)
    List<Integer> north(Ui ui) {
        ui.lineChart(List.of(1, 2, 3));
        return List.of(1, 2, 3);
    }

    @Fragment(parallel = false)
    protected int total() throws java.io.IOException {
        return 6;
    }

    public void helper() {}

    @Fragment(parallel = true, cpu = true)
    public void south(Ui ui) throws InterruptedException {
        ui.text("south");
    }
}
