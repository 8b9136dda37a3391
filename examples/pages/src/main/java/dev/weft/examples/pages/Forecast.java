package dev.weft.examples.pages;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.List;

/** Next weeks' orders, in the menu's "Sales" section. */
@App(title = "Forecast", path = "/forecast", icon = "📈", section = "Sales")
public class Forecast {

    @Fragment
    void forecast(Ui ui) {
        ui.title("Forecast");
        ui.lineChart(List.of(1284, 1320, 1298, 1365, 1410, 1392, 1450));
        ui.pageLink(Overview.class, "Back to the overview", "🏠");
    }
}
