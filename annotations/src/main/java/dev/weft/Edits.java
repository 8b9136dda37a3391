package dev.weft;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table as the user edited it in {@link Ui#dataEditor(Table)}: the rows with every accepted edit
 * applied, and what changed, so that an app can write the changes back (to a database, say). Every
 * edit was checked on the server against its column (type, range, required, options) before it
 * counted; a refused edit shows its reason in the cell and changes nothing here.
 *
 * <p>The edits are kept across reruns while the rows drawn are equal; when they change (the app
 * saved the edits and reads its rows again, say) the editor starts afresh from the new rows.
 *
 * @param rows the rows after the edits, as the app's own type: the original rows in their order
 *     (changed ones replaced, deleted ones left out), then the added rows
 * @param changed each changed original row's position (0-based) in the rows given, and the row as
 *     edited, in the order of the positions
 * @param added the added rows, in the order they were added
 * @param deleted the deleted original rows, as they were given
 * @param <T> the table's row type
 */
public record Edits<T>(List<T> rows, Map<Integer, T> changed, List<T> added, List<T> deleted) {

    /** Copies the collections, which must not be null. */
    public Edits {
        rows = List.copyOf(rows);
        changed = Collections.unmodifiableMap(new TreeMap<>(changed));
        added = List.copyOf(added);
        deleted = List.copyOf(deleted);
    }

    /** Whether the user changed nothing. */
    public boolean isEmpty() {
        return changed.isEmpty() && added.isEmpty() && deleted.isEmpty();
    }
}
