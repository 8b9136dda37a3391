package dev.weft;

import java.util.Objects;

/**
 * A range chosen with {@link Ui#rangeSlider(String, int, int, int, int)}: its low and high ends,
 * both included, with {@code low <= high}. Two ranges are equal when their ends are, so a fragment
 * may return one (or a record holding one) as its result.
 *
 * @param low the low end, included
 * @param high the high end, included; never below {@code low}
 * @param <T> {@link Integer} or {@link Double}
 */
public record Range<T extends Number & Comparable<T>>(T low, T high) {

    /**
     * @throws NullPointerException if an end is null
     * @throws IllegalArgumentException if {@code low > high}
     */
    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("A range's low end " + low + " is above its high end " + high + ".");
        }
    }

    /** Whether {@code value} lies within this range, ends included. */
    public boolean contains(T value) {
        return value != null && low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
    }

    @Override
    public String toString() {
        return low + "–" + high;
    }
}
