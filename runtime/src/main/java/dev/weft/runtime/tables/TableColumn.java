package dev.weft.runtime.tables;

import dev.weft.Column;

/**
 * One column of a table as the server keeps it.
 *
 * @param name the column's name: what requests, filters and the harness name it by
 * @param type its cells' type ({@link Cells#type})
 * @param format how it shows, as the app configured it ({@link Column#auto()} if it did not)
 */
public record TableColumn(String name, String type, Column format) {

    /** The header's text: the format's label, else the name. */
    public String label() {
        return format.label() != null ? format.label() : name;
    }

    /** Whether the page leaves it out (search, filters and export still use it). */
    public boolean hidden() {
        return format.isHidden();
    }

    /** Whether its range filter makes sense: numbers, dates and times. */
    public boolean ranged() {
        return switch (type) {
            case "number", "date", "time", "datetime" -> true;
            default -> false;
        };
    }
}
