package dev.weft.testing;

import java.util.List;

/**
 * A table a slot shows ({@link dev.weft.Ui#table(List)}), with every row, as the server keeps it.
 * Cells are numbers, booleans, strings (any other value's text) or {@code null}.
 */
public interface TableView {

    /** The column names, in order. */
    List<String> columns();

    /** How many rows the table has. */
    int rowCount();

    /** Every row, in the order drawn, each a list of cells in column order. */
    List<List<Object>> rows();

    /**
     * One page of rows as a browser gets it: sorted by {@code sortColumn} ({@code null}: as drawn),
     * through the same checks as a browser's request.
     *
     * @param page 0 for the first page of {@value #PAGE_SIZE} rows
     * @throws IllegalArgumentException with the server's message for a page out of range or an
     *     unknown column
     */
    List<List<Object>> page(int page, String sortColumn, boolean descending);

    /** Rows per page. */
    int PAGE_SIZE = 20;
}
