package dev.weft;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user selected in a table drawn with {@link Ui#table(Table)}: a widget value like any
 * other. A fragment may return it (or part of it, such as {@link #rows()}) so that the fragments
 * taking it rerun when the user selects something else, and only they.
 *
 * <p>The selection follows the rows, not their places on the page: it survives paging, sorting,
 * searching and filtering. A table given a {@linkplain Table#key(java.util.function.Function) key}
 * keeps its selection across reruns that draw new rows, for every selected key still present; a
 * table without one keeps it while the rows drawn are equal, and starts empty when they change.
 *
 * @param rows the selected rows as the app gave them (its own records, beans or maps; for a query,
 *     maps of column name to value), in the table's original order; for cell selection, each row
 *     holding a selected cell, once
 * @param keys the key of each of {@code rows}, in the same order: the value of the table's {@link
 *     Table#key} or, without one, the row's position (0-based) in the rows as given
 * @param columns the selected columns' names, for column selection; else empty
 * @param cells the selected cells, for cell selection; else empty
 * @param <T> the table's row type
 */
public record Selection<T>(List<T> rows, List<Object> keys, List<String> columns, List<Cell> cells) {

    /**
     * One selected cell.
     *
     * @param key the key of its row (see {@link Selection#keys()})
     * @param column its column's name
     */
    public record Cell(Object key, String column) {
        public Cell {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(column, "column");
        }
    }

    /** Copies the lists, which must not be null. */
    public Selection {
        rows = List.copyOf(rows);
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
    }

    /** The empty selection: what a table shows before the user selects anything. */
    public static <T> Selection<T> none() {
        return new Selection<>(List.of(), List.of(), List.of(), List.of());
    }

    /** Whether nothing is selected. */
    public boolean isEmpty() {
        return rows.isEmpty() && columns.isEmpty() && cells.isEmpty();
    }

    /** The first selected row, for single selection. */
    public Optional<T> row() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
