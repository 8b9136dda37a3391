package dev.weft.examples.explorer;

import java.util.List;

/**
 * What the sidebar returns: every section taking it reruns when the user changes a filter.
 *
 * @param location the place whose days are shown
 * @param fromYear the first year shown
 * @param toYear the last year shown
 * @param kinds the kinds of weather shown; all of them when the user picked none
 */
public record Filters(String location, int fromYear, int toYear, List<String> kinds) {

    /** Copies the kinds. */
    public Filters {
        kinds = List.copyOf(kinds);
    }
}
