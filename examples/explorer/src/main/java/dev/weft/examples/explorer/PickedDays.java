package dev.weft.examples.explorer;

import java.util.List;

/**
 * The days the user selected in the table: the detail section compares them.
 *
 * @param days the selected days, in the table's order; empty when none is selected
 */
public record PickedDays(List<Day> days) {

    /** Copies the days. */
    public PickedDays {
        days = List.copyOf(days);
    }

    /** No day selected. */
    public static PickedDays none() {
        return new PickedDays(List.of());
    }
}
