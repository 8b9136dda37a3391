package com.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Limited;
import dev.weft.Ui;
import java.util.List;

@App(title = "Forecast", path = "/forecast")
public class Forecast {

    @Fragment
    String region(Ui ui) {
        return ui.selectbox("Region", List.of("north", "south"));
    }

    @Fragment(parallel = true)
    @Limited(group = "gpu", permits = 1, queue = 32)
    void forecast(Ui ui, String region) {
        ui.text("forecast for " + region);
    }

    @Fragment(parallel = true)
    @Limited(group = "gpu", queue = 32)
    void anomalies(Ui ui, String region) {
        ui.text("anomalies in " + region);
    }

    @Fragment(parallel = true)
    @Limited(permits = 2, queue = 0, timeout = "30s", scope = Limited.Scope.SESSION)
    void report(Ui ui) {
        ui.text("report");
    }

    @Fragment
    @Limited(group = "julia", confined = true, timeout = "PT1M", scope = Limited.Scope.CLUSTER)
    double fit(String region) {
        return region.length();
    }

    @Fragment
    void chart(Ui ui, double fit) {
        ui.text(String.valueOf(fit));
    }
}
