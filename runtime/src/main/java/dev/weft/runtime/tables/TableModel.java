package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;

/**
 * A table as the server keeps it while a slot shows it: its columns, its rows (in memory, or in a
 * database for a query), the page of them a view asks for, their export, and the app's rows for
 * keys. The browser gets one page at a time ({@code docs/protocol.md}, {@code table}).
 *
 * <p>Thread-safe. {@link #page}, {@link #export} and {@link #rows} may take long (a sort of many
 * rows, a query): call them off the session's lock.
 */
public interface TableModel {

    /** Every column, hidden ones too, in order. */
    List<TableColumn> columns();

    /** The index of the column named {@code name}, or -1. */
    default int column(String name) {
        List<TableColumn> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The names of every column, for messages. */
    default List<String> names() {
        return columns().stream().map(TableColumn::name).toList();
    }

    /** The table's title, or null. */
    String label();

    /** Rows per page. */
    int pageSize();

    /** The table's element, with its first page (unsorted, unfiltered). */
    ObjectNode element(String id);

    /** Whether a page of this view takes no time: no sort, search or filter to compute, or one cached. */
    boolean quick(TableCriteria criteria);

    /**
     * One page of the rows this view matches, in its order.
     *
     * @throws TableException if the rows could not be read (a query failed), or the page is past the
     *     last one
     */
    TablePage page(TableCriteria criteria, int page);

    /**
     * Hands every row this view matches, in its order, to {@code sink}: every column, hidden ones
     * too, as cells. Streams: a query's rows are read as they are written.
     *
     * @throws TableException if the rows could not be read
     */
    void export(TableCriteria criteria, RowSink sink) throws java.io.IOException;

    /**
     * The app's own rows for these keys (as the app gave them, or in the form a browser sends them:
     * {@link Keys#normal}), in the table's order; the keys it does not hold are listed as missing.
     * For a list of rows, the rows themselves; for columns, results, frames and queries, maps of
     * column name to value. A selection starts here.
     *
     * @throws TableException if the rows could not be read (a query failed)
     * @throws IllegalStateException for a query table without a key
     */
    Picked rows(Collection<?> keys);

    /** Every row as drawn, each a list of cells of every column, for the test harness. */
    List<List<Object>> allRows();

    /** How many rows the table has, unfiltered. */
    long rowCount();

    /** Receives exported rows. */
    @FunctionalInterface
    interface RowSink {
        /** One row's cells, one per column, in column order. */
        void row(Object[] cells) throws java.io.IOException;
    }
}
