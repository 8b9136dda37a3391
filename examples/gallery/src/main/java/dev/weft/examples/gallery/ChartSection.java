package dev.weft.examples.gallery;

import dev.weft.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Charts from fixed data: line (with the sidebar's settings), area, bar, scatter and a full ECharts option. */
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
        ui.subheader("Line");
        ui.caption(settings.series() + ", over " + settings.months() + " months (picked in the sidebar), in k€.");
        Map<String, List<Double>> series = new LinkedHashMap<>();
        if (!settings.series().equals("Retail")) {
            series.put("Online", wave(settings.months(), 42, 9, 0.7));
        }
        if (!settings.series().equals("Online")) {
            series.put("Retail", wave(settings.months(), 58, 6, 1.9));
        }
        ui.lineChart(MONTHS.subList(0, settings.months()), series);

        List<Ui> row1 = ui.columns(2);
        row1.get(0).subheader("Area, stacked");
        Map<String, List<Double>> channels = new LinkedHashMap<>();
        channels.put("Tents", wave(12, 18, 7, 0.2));
        channels.put("Packs", wave(12, 14, 4, 1.3));
        channels.put("Clothing", wave(12, 22, 5, 2.4));
        row1.get(0).areaChart(MONTHS, channels);
        row1.get(1).subheader("Bar");
        Map<String, List<Integer>> orders = new LinkedHashMap<>();
        orders.put("2025", List.of(5_120, 4_630, 3_890));
        orders.put("2026", List.of(5_950, 5_001, 3_564));
        row1.get(1).barChart(List.of("Europe", "Americas", "Asia–Pacific"), orders);

        List<Ui> row2 = ui.columns(2);
        row2.get(0).subheader("Scatter");
        List<Double> price = new ArrayList<>();
        List<Double> sold = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            price.add(20.0 + (i * 37 % 95) * 2);
            sold.add(Math.round(420.0 - (i * 37 % 95) * 3.4 + (i * 53 % 41)) * 1.0);
        }
        row2.get(0).scatterChart(price, Map.of("Units sold, by price (€)", sold));
        row2.get(1).subheader("Any ECharts option: a pie");
        row2.get(1).chart("""
                {"tooltip": {"trigger": "item"},
                 "legend": {"bottom": 0},
                 "series": [{"type": "pie", "radius": ["42%", "68%"], "center": ["50%", "45%"],
                             "label": {"show": false}, "name": "Revenue by category",
                             "data": [{"name": "Tents", "value": 38}, {"name": "Packs", "value": 24},
                                      {"name": "Clothing", "value": 29}, {"name": "Stoves", "value": 9}]}]}
                """);
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
