package dev.weft.examples.dashboard;

import dev.weft.Ui;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The three sections both dashboards draw: each stands for a slow (2 s) data load and a chart. */
final class Sections {

    /** How long each section's simulated data load takes. */
    static final long LOAD_MILLIS = 2_000;

    private static final int DAYS = 90;

    private Sections() {}

    static void revenue(Ui ui) throws InterruptedException {
        draw(ui, "Revenue", "Daily revenue by channel, in thousands of euros.", 11, "Online", "Retail");
    }

    static void orders(Ui ui) throws InterruptedException {
        draw(ui, "Orders", "Orders placed per day.", 23, "Orders");
    }

    static void visitors(Ui ui) throws InterruptedException {
        draw(ui, "Visitors", "Unique visitors per day, by device.", 37, "Desktop", "Mobile");
    }

    private static void draw(Ui ui, String title, String caption, long seed, String... seriesNames)
            throws InterruptedException {
        long started = System.nanoTime();
        Thread.sleep(LOAD_MILLIS); // stands for a slow query
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<String> days = new ArrayList<>(DAYS);
        for (int day = 0; day < DAYS; day++) {
            days.add(first.plusDays(day).toString());
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String name : seriesNames) {
            series.put(name, randomWalk(random, 40 + random.nextInt(60)));
        }
        ui.header(title);
        ui.text(caption + " Loaded " + DAYS + " days in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        ui.lineChart(days, series);
    }

    private static List<Double> randomWalk(Random random, double start) {
        List<Double> values = new ArrayList<>(DAYS);
        double value = start;
        for (int day = 0; day < DAYS; day++) {
            value = Math.max(1, value + random.nextGaussian() * 3 + 0.15);
            values.add(Math.round(value * 10) / 10.0);
        }
        return values;
    }
}
