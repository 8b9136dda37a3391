package dev.weft;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of options chosen with {@link Ui#rangeSelectSlider}: its low and high option, and every
 * option from one to the other in the options' order, both included. Two are equal when their
 * options are, so a fragment may return one as its result.
 *
 * @param low the first option picked
 * @param high the last option picked; never before {@code low} in the options' order
 * @param within the options from {@code low} to {@code high}, in order, both included
 * @param <T> the type of the options
 */
public record OptionRange<T>(T low, T high, List<T> within) {

    /**
     * @throws NullPointerException if an end or {@code within} is null
     * @throws IllegalArgumentException unless {@code within} starts with {@code low} and ends with
     *     {@code high}
     */
    public OptionRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        within = List.copyOf(within);
        if (within.isEmpty()
                || !within.get(0).equals(low)
                || !within.get(within.size() - 1).equals(high)) {
            throw new IllegalArgumentException("The options within a range run from its low end " + low
                    + " to its high end " + high + ", not " + within + ".");
        }
    }

    /** Whether {@code option} lies within the range. */
    public boolean contains(T option) {
        return within.contains(option);
    }

    @Override
    public String toString() {
        return low + "–" + high;
    }
}
