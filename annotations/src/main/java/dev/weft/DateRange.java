package dev.weft;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of dates chosen with {@link Ui#dateRangeInput}: its first and last day, both included,
 * with {@code start <= end}. Two ranges are equal when their ends are, so a fragment may return one
 * (or a record holding one) as its result.
 *
 * @param start the first day, included
 * @param end the last day, included; never before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * @throws NullPointerException if an end is null
     * @throws IllegalArgumentException if {@code start} is after {@code end}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("A date range's start " + start + " is after its end " + end + ".");
        }
    }

    /** Whether {@code date} lies within this range, ends included. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    /** How many days the range holds, ends included: 1 when {@code start} equals {@code end}. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
