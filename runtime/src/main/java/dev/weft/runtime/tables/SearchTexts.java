package dev.weft.runtime.tables;

import dev.weft.runtime.wire.ClientLocale;
import java.util.List;

/**
 * What a table's search looks in besides a cell's value: the text the user sees in a formatted cell
 * ("7 Dez. 2026", "1.234,50 €", "25 %"), so that what is on the screen can be found. Spaces that a
 * locale writes as no-break spaces match a typed space.
 */
final class SearchTexts {

    private SearchTexts() {}

    /** Each column's format for the user, null where the column shows its values as they are. */
    static CellFormat[] formats(List<TableColumn> columns, ClientLocale where) {
        CellFormat[] formats = new CellFormat[columns.size()];
        for (int c = 0; c < formats.length; c++) {
            formats[c] = CellFormat.of(columns.get(c).format(), where);
        }
        return formats;
    }

    /** Whether the cell's shown text contains {@code lower} (lower case), ignoring case. */
    static boolean shownContains(CellFormat format, Object cell, String lower) {
        if (format == null) {
            return false;
        }
        String text = format.text(cell);
        return text != null && RowOrder.containsIgnoringCase(spaces(text), spaces(lower));
    }

    private static String spaces(String text) {
        return text.indexOf('\u00a0') < 0 && text.indexOf('\u202f') < 0
                ? text
                : text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
