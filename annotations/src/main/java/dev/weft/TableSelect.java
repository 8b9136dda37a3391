package dev.weft;

/**
 * What the user may select in a table drawn with {@link Ui#table(Table)}: see {@link
 * Table#select(TableSelect)}. Rows are selected with a click on the row (or Space on a focused
 * row), several with Ctrl/Cmd-click and Shift-click; cells and columns likewise on a cell or a
 * column's header.
 */
public enum TableSelect {
    /** Nothing: the table is output only (the default). */
    NONE,
    /** One row at a time. */
    ROW,
    /** Any number of rows. */
    ROWS,
    /** One cell at a time. */
    CELL,
    /** Any number of cells. */
    CELLS,
    /** One column at a time, by its header. */
    COLUMN,
    /** Any number of columns. */
    COLUMNS
}
