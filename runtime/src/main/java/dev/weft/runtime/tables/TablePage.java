package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One page of a table's rows for a view.
 *
 * @param page the page, 0-based
 * @param total how many rows the view matches
 * @param all how many rows the table has, unfiltered
 * @param rows the page's rows, each an array of the shown (not hidden) columns' cells
 * @param keys the key of each of {@code rows} ({@link Keys#normal}), or nulls for a query without a key
 */
public record TablePage(int page, long total, long all, ArrayNode rows, ArrayNode keys) {

    /** How many pages of {@code pageSize} rows {@code total} rows fill: at least one. */
    public static int pages(long total, int pageSize) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize));
    }
}
