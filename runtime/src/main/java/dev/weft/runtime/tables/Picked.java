package dev.weft.runtime.tables;

import java.util.List;

/**
 * The rows of a table found for a list of keys ({@link TableModel#rows}).
 *
 * @param keys the keys found, in their travelling form ({@link Keys#normal}), in the table's order
 * @param rows the app's row for each of {@code keys}
 * @param missing the keys asked for that the table does not hold, in the order asked
 */
public record Picked(List<Object> keys, List<Object> rows, List<Object> missing) {
    public Picked {
        keys = List.copyOf(keys);
        rows = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rows));
        missing = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(missing));
    }
}
