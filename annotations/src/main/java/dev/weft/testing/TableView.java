package dev.weft.testing;

import dev.weft.Selection;
import java.util.List;
import java.util.Map;

/**
 * A table a slot shows ({@link dev.weft.Ui#table(List)}, {@link dev.weft.Ui#table(dev.weft.Table)},
 * {@link dev.weft.Ui#dataEditor(dev.weft.Table)}), with every row, as the server keeps it. Cells
 * are numbers, booleans, strings (any other value's text) or {@code null}.
 *
 * <p>What a user does to a table here (search, filter, select, edit) goes to the server as the
 * browser's message would, through the same checks: a refused one throws {@code
 * IllegalArgumentException} with the server's message and changes nothing. Selecting and editing
 * rerun the fragment as in a browser; call {@link AppSession#awaitIdle()} before asserting on its
 * dependents.
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

    /** Rows per page of a table drawn without {@code Table.pageSize}. */
    int PAGE_SIZE = 20;

    /**
     * The text of each cell of one page as the browser shows it (formats applied in the session's
     * locale and time zone), of the rows this view matches, unsorted. Hidden columns are left out.
     */
    List<List<String>> shown(int page);

    /**
     * The rows that match {@code text} in the table's search box, as a view to page, count and
     * export (filters of this view still apply).
     */
    TableView search(String text);

    /** The rows whose {@code column} contains {@code text} (ignoring case), as a view. */
    TableView filterContains(String column, String text);

    /**
     * The rows whose {@code column} lies from {@code min} to {@code max}, both included ({@code
     * null}: open), as a view; for number and date columns.
     */
    TableView filterRange(String column, Object min, Object max);

    /** The rows whose {@code column} is one of {@code values}, as a view. */
    TableView filterValues(String column, List<?> values);

    /** The CSV the export button downloads: the rows this view matches, in the shown columns. */
    byte[] exportCsv();

    /** The Excel workbook ({@code .xlsx}) the export button downloads. */
    byte[] exportXlsx();

    /**
     * Selects the rows with these keys (a table's key values, else row positions), replacing the
     * selection, as clicks on them would.
     */
    void selectRows(Object... keys);

    /** Selects these cells, replacing the selection. */
    void selectCells(Selection.Cell... cells);

    /** Selects these columns, replacing the selection. */
    void selectColumns(String... columns);

    /**
     * Edits one cell of an editor as the user would: {@code value} as typed or picked (a string, a
     * number, a boolean, or an ISO date or time).
     */
    void edit(Object key, String column, Object value);

    /** Adds a row to an editor with these cells (column name to value); other cells start empty. */
    void addRow(Map<String, Object> cells);

    /** Deletes these rows of an editor. */
    void deleteRows(Object... keys);
}
