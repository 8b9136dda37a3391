package dev.weft.it.browser;

import java.util.List;

/** Small statistics for the benchmarks. */
final class LoadTimes {

    private LoadTimes() {}

    /** The median of {@code values} (the mean of the two middle ones for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
