package dev.weft.examples.gallery;

import dev.weft.Ui;
import java.util.List;

/**
 * Every widget, then what the server got from each: moving one reruns this fragment, and the line
 * under them shows the new values. Add new widgets here, and their values to the line.
 */
final class WidgetSection {

    private WidgetSection() {}

    static void draw(Ui ui) {
        ui.header("Widgets");
        int year = ui.slider("Year", 2018, 2026, 2024);
        double ratio = ui.slider("Ratio", 0.0, 1.0, 0.25, 0.05);
        String region = ui.selectbox("Region", List.of("Europe", "Americas", "Asia–Pacific"));
        int rows = ui.numberInput("Rows", 1, 100, 10);
        String name = ui.textInput("Name", "Ada");
        boolean forecast = ui.checkbox("Forecast", true);
        boolean refreshed = ui.button("Refresh");
        String locked = ui.disabled().textInput("Locked", "read only");
        ui.text(String.format(
                "Year %d · ratio %.2f · %s · %d rows · %s · forecast %s%s · %s",
                year, ratio, region, rows, name, forecast ? "on" : "off", refreshed ? " · refreshed" : "", locked));
    }
}
