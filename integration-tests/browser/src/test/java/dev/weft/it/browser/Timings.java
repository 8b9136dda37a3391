package dev.weft.it.browser;

import java.util.List;

/** The median, minimum and maximum of the times a benchmark measured, in ms. */
record Timings(int count, double median, double min, double max) {

    /** Summarises {@code values} (at least one); the median of an even count is the mean of the middle two. */
    static Timings of(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Timings(n, median, sorted.get(0), sorted.get(n - 1));
    }
}
