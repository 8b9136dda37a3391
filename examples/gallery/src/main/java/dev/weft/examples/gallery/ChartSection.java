package dev.weft.examples.gallery;

import dev.weft.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Charts, from fixed data. Add new chart types (area, bar, scatter, a full spec) here. */
final class ChartSection {

    static final List<String> SERIES = List.of("Both", "Online", "Retail");

    static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private ChartSection() {}

    /** The sidebar: which series, and how many months. */
    static ChartSettings settings(Ui ui) {
        ui.header("Chart settings");
        String series = ui.selectbox("Series", SERIES);
        int months = ui.slider("Months", 3, 12, 12);
        return new ChartSettings(series, months);
    }

    static void draw(Ui ui, ChartSettings settings) {
        ui.header("Charts");
        ui.text(settings.series() + ", over " + settings.months() + " months (picked in the sidebar).");
        Map<String, List<Double>> series = new LinkedHashMap<>();
        if (!settings.series().equals("Retail")) {
            series.put("Online", wave(settings.months(), 42, 9, 0.7));
        }
        if (!settings.series().equals("Online")) {
            series.put("Retail", wave(settings.months(), 58, 6, 1.9));
        }
        ui.lineChart(MONTHS.subList(0, settings.months()), series);
    }

    /** A fixed, gently rising wave: the same numbers on every run. */
    static List<Double> wave(int points, double base, double amplitude, double phase) {
        List<Double> values = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            values.add(Math.round((base + i * 1.5 + amplitude * Math.sin(i * 0.8 + phase)) * 10) / 10.0);
        }
        return values;
    }
}
