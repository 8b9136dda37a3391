package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Table;
import dev.weft.TableSelect;
import java.util.Locale;

/**
 * What a table offers besides its rows: its title, page size, search box, filters, export and
 * selection, as the element tells the browser.
 *
 * @param label the title above the table, or null
 * @param pageSize rows per page
 * @param search whether it has a search box
 * @param filters whether its columns have filters
 * @param export whether it has export buttons
 * @param select what the user may select
 */
public record TableOptions(
        String label, int pageSize, boolean search, boolean filters, boolean export, TableSelect select) {

    /** A plain table: 20 rows a page, nothing else. */
    public static final TableOptions PLAIN = new TableOptions(null, 20, false, false, false, TableSelect.NONE);

    /** The options a {@link Table} sets. */
    public static TableOptions of(Table<?> table) {
        return new TableOptions(
                table.label(),
                table.pageSize(),
                table.searchable(),
                table.filterable(),
                table.exportable(),
                table.selectMode());
    }

    /** Adds these options to a table's element; a plain table's element stays as it was. */
    void write(ObjectNode element) {
        element.put("pageSize", pageSize);
        if (label != null) {
            element.put("label", label);
        }
        if (search) {
            element.put("search", true);
        }
        if (filters) {
            element.put("filters", true);
        }
        if (export) {
            element.put("export", true);
        }
        if (select != TableSelect.NONE) {
            element.put("select", select.name().toLowerCase(Locale.ROOT));
        }
    }
}
