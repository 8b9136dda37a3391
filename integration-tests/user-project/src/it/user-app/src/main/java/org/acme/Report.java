package org.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.List;
import java.util.Map;

@App(title = "Report", path = "/")
public class Report {

    @Fragment
    void summary(Ui ui) {
        ui.markdown("Sales are **up** this year.");
        ui.code("int total = 12;", "java");
    }

    @Fragment
    void revenue(Ui ui) {
        ui.lineChart(List.of("Jan", "Feb", "Mar"), Map.of("Revenue", List.of(3, 5, 4)));
    }
}
