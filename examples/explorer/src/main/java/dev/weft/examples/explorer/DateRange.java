package dev.weft.examples.explorer;

import java.time.LocalDate;

/**
 * The days the user brushed in the overview chart: the table below it shows only them.
 *
 * @param from the first day, or {@code null} when nothing is brushed
 * @param to the last day, or {@code null} when nothing is brushed
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** No brushed range: every day the filters keep. */
    public static DateRange all() {
        return new DateRange(null, null);
    }

    /** Whether this is a brushed range rather than every day. */
    public boolean isBrushed() {
        return from != null && to != null;
    }

    /** Whether {@code day} lies in this range (both ends included); every day does when nothing is brushed. */
    public boolean contains(LocalDate day) {
        return !isBrushed() || (!day.isBefore(from) && !day.isAfter(to));
    }
}
