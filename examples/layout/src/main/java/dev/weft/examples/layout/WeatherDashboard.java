package dev.weft.examples.layout;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layout and streaming output: settings in the sidebar; figures in columns; charts in tabs, with an
 * expander; and a slow report that shows its progress in an {@code empty()} placeholder while it
 * loads.
 */
@App(title = "Weather", path = "/")
public class WeatherDashboard {

    /** How many parts the station report loads, one after another. */
    static final int PARTS = 6;

    @Inject
    Weather weather;

    @Fragment(area = Area.SIDEBAR)
    Settings settings(Ui ui) {
        ui.header("Settings");
        String city = ui.selectbox("City", Weather.CITIES);
        int days = ui.slider("Days", 7, 60, 30);
        boolean fahrenheit = ui.checkbox("Fahrenheit", false);
        return new Settings(city, days, fahrenheit);
    }

    @Fragment
    void overview(Ui ui, Settings settings) {
        List<Weather.Day> days = weather.days(settings.city(), settings.days());
        ui.title(settings.city());
        ui.markdown("The last **" + settings.days() + " days**, up to 31 May 2026.");
        List<Ui> columns = ui.columns(3);
        figure(columns.get(0), settings.temperature(average(days, Weather.Day::high)), "Average high");
        figure(columns.get(1), settings.temperature(average(days, Weather.Day::low)), "Average low");
        double rain = days.stream().mapToDouble(Weather.Day::rain).sum();
        figure(columns.get(2), String.format("%.0f mm", rain), "Rain");
    }

    @Fragment(parallel = true)
    void details(Ui ui, Settings settings) {
        List<Weather.Day> days = weather.days(settings.city(), settings.days());
        List<String> dates = days.stream().map(day -> day.date().toString()).toList();
        List<Ui> tabs = ui.tabs("Temperature", "Rain", "Data");
        Map<String, List<Double>> temperatures = new LinkedHashMap<>();
        temperatures.put("High", days.stream().map(Weather.Day::high).toList());
        temperatures.put("Low", days.stream().map(Weather.Day::low).toList());
        tabs.get(0).lineChart(dates, temperatures);
        tabs.get(1)
                .lineChart(
                        dates,
                        Map.of("Rain (mm)", days.stream().map(Weather.Day::rain).toList()));
        tabs.get(2).markdown(table(days.subList(Math.max(0, days.size() - 7), days.size()), settings));
        ui.expander("Where these figures come from")
                .markdown(
                        "They are generated from the city's name, so each city keeps its own weather."
                                + " The **Data** tab shows the last seven days; the charts show every day picked in the sidebar.");
    }

    /** Slow: loads the station's readings in parts, showing how far it got while it runs. */
    @Fragment(parallel = true)
    void report(Ui ui, Settings settings) throws InterruptedException {
        ui.header("Station report");
        String comment = ui.textInput("Comment", "", 200);
        Ui progress = ui.empty();
        List<Ui> columns = ui.columns(2, 1);
        List<Double> readings = new ArrayList<>();
        for (int part = 1; part <= PARTS; part++) {
            progress.text("Loading station readings, part " + part + " of " + PARTS + "…");
            readings.addAll(weather.stationPart(settings, part));
        }
        progress.markdown("Loaded **" + readings.size() + " hourly readings** for " + settings.city()
                + (comment.isBlank() ? "." : ". Comment: " + comment));
        columns.get(0).lineChart(readings);
        double max = readings.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = readings.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        columns.get(1)
                .markdown("Highest reading **" + settings.temperature(max) + "**, lowest **" + settings.temperature(min)
                        + "**.");
    }

    private static void figure(Ui column, String value, String label) {
        column.header(value);
        column.text(label);
    }

    private static double average(List<Weather.Day> days, java.util.function.ToDoubleFunction<Weather.Day> field) {
        return days.stream().mapToDouble(field).average().orElse(0);
    }

    private static String table(List<Weather.Day> days, Settings settings) {
        StringBuilder markdown = new StringBuilder("| Day | High | Low | Rain |\n| --- | --- | --- | --- |\n");
        for (Weather.Day day : days) {
            markdown.append("| ")
                    .append(day.date())
                    .append(" | ")
                    .append(settings.temperature(day.high()))
                    .append(" | ")
                    .append(settings.temperature(day.low()))
                    .append(" | ")
                    .append(day.rain())
                    .append(" mm |\n");
        }
        return markdown.toString();
    }
}
