package dev.weft;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A table to draw with {@link Ui#table(Table)} (which returns what the user selected) or edit with
 * {@link Ui#dataEditor(Table)}: its rows, its columns and what the user may do with it.
 *
 * <pre>{@code
 * Selection<Trip> picked = ui.table(Table.of(trips)
 *         .label("Trips")
 *         .key(Trip::id)
 *         .column("Zone", Trip::zone)
 *         .column("Fare", Trip::fare, Column.money("USD"))
 *         .search().filters().export()
 *         .select(TableSelect.ROWS));
 * return picked.rows();                       // fragments taking List<Trip> rerun on a new selection
 * }</pre>
 *
 * <p>Columns are named by getter ({@code Trip::fare}), so the compiler checks them; without any
 * {@code column(label, getter)}, the columns are the rows' fields (record components, map keys,
 * bean getters) and {@link #column(String, Column)} sets how one of them shows. The rows stay on
 * the server: the browser gets one page at a time, and sorting, searching, filtering and export run
 * on the server over every row. A {@link #query} runs them as SQL in the database, so a table of a
 * million rows costs the server one page of them.
 *
 * <p>A builder: each method sets one thing and returns this table. Not thread-safe; build it in the
 * run that draws it.
 *
 * @param <T> the type of a row: the app's record, bean or map, or {@code Map<String, Object>} for
 *     columns, results, queries and data frames
 */
public final class Table<T> {

    /** Where a table's rows come from. */
    public sealed interface Source permits Rows, Columns, Results, Query, Frame {}

    /** Rows given as a list: records, beans or maps. */
    public record Rows(List<?> rows) implements Source {}

    /** Columns given as name → values, top to bottom. */
    public record Columns(Map<String, ? extends List<?>> columns) implements Source {}

    /** The rows of a JDBC result, read when the table is drawn (the caller closes it). */
    public record Results(ResultSet results) implements Source {}

    /** A SQL query, run for each page, sort, search, filter and export. */
    public record Query(DataSource source, String sql, List<Object> parameters) implements Source {}

    /** A data frame of a library Weft reads when it is on the class path (Tablesaw, DFLib). */
    public record Frame(Object frame) implements Source {}

    /**
     * One column the app configured.
     *
     * @param name the column's name: a field's name, or the label given with a getter
     * @param getter reads the cell from a row, or null for the field {@code name}
     * @param wither returns a copy of a row with the cell changed, for an editor; or null
     * @param format how the column shows
     */
    public record ColumnSpec(
            String name, Function<Object, Object> getter, BiFunction<Object, Object, Object> wither, Column format) {}

    private final Source source;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private String label;
    private Function<Object, Object> keyGetter;
    private String keyField;
    private boolean search;
    private boolean filters;
    private boolean export;
    private int pageSize = 20;
    private TableSelect select = TableSelect.NONE;
    private Supplier<?> blankRow;
    private boolean addRows;
    private boolean deleteRows;

    private Table(Source source) {
        this.source = source;
    }

    // ---------------------------------------------------------------- sources

    /**
     * A table of {@code rows}: records, beans (their public getters) or maps (their keys are the
     * columns). Records and beans of a fragment's inputs and results, and records declared in the
     * {@code @App} class, are read by code Weft generates at build time; others by reflection.
     */
    public static <T> Table<T> of(List<T> rows) {
        return new Table<>(new Rows(Objects.requireNonNull(rows, "rows")));
    }

    /** A table of columns: each entry is a column's name and its values, top to bottom. */
    public static Table<Map<String, Object>> ofColumns(Map<String, ? extends List<?>> columns) {
        return new Table<>(new Columns(Objects.requireNonNull(columns, "columns")));
    }

    /**
     * A table of a JDBC result's rows, read to the end into the server's memory when the table is
     * drawn; the columns are the result's, in its order. The caller closes the result (and its
     * statement) after drawing. At most 100,000 rows: drawing a larger result fails with a message
     * saying so; use {@link #query} for large results, whose rows stay in the database.
     */
    public static Table<Map<String, Object>> of(ResultSet results) {
        return new Table<>(new Results(Objects.requireNonNull(results, "results")));
    }

    /**
     * A table of a SQL query's rows, kept in the database: each page, sort, search, filter and
     * export is a query of its own ({@code LIMIT}/{@code OFFSET}, {@code ORDER BY}, {@code WHERE}
     * around {@code sql}), run off the session's threads with a connection from {@code source}
     * (taken for one statement and closed after it, so give a pool or a data source that is safe to
     * share between threads). This is how a table of millions of rows stays fast.
     *
     * <ul>
     *   <li>The columns are the result's, by their labels ({@code SELECT fare AS "Fare"}); set how
     *       one shows with {@link #column(String, Column)}: getters cannot be pushed into SQL.
     *   <li>The rows' own order is the query's {@code ORDER BY} (without one, the database's). A sort
     *       puts empty cells last, orders text ignoring case, and breaks ties by the key (or by every
     *       other column), so that pages never overlap.
     *   <li>Search and contains filters look in each cell's text as the database casts it ({@code
     *       LOWER(CAST(c AS VARCHAR)) LIKE ?}); text from the browser is only ever a bound parameter.
     *   <li>Selection and {@code rows(keys)} need a {@link #key(String)}: a column whose values are
     *       unique, as a primary key's are.
     *   <li>Drawing runs the query for its columns and count (and, with {@link #filters()}, the
     *       distinct values of its text columns); if it fails, the fragment fails with the
     *       database's message. A page, sort or export that fails later shows the message in the
     *       table, and the session goes on.
     * </ul>
     *
     * @param sql a {@code SELECT} (a trailing semicolon is allowed), with {@code ?} for each of
     *     {@code parameters}
     */
    public static Table<Map<String, Object>> query(DataSource source, String sql, Object... parameters) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sql, "sql");
        // Parameters may be null (bound as SQL NULL), which List.of refuses.
        return new Table<>(new Query(
                source, sql, java.util.Collections.unmodifiableList(java.util.Arrays.asList(parameters.clone()))));
    }

    /**
     * A table of a data frame: a Tablesaw {@code Table} or a DFLib {@code DataFrame}, when that
     * library is on the application's class path (Weft wires its reader at build time).
     */
    public static Table<Map<String, Object>> frame(Object frame) {
        return new Table<>(new Frame(Objects.requireNonNull(frame, "frame")));
    }

    // ---------------------------------------------------------------- columns

    /** A column read from each row by {@code getter}, headed {@code label}. */
    public Table<T> column(String label, Function<? super T, ?> getter) {
        return column(label, getter, Column.auto());
    }

    /** A column read by {@code getter}, shown as {@code format} says. */
    @SuppressWarnings("unchecked")
    public Table<T> column(String label, Function<? super T, ?> getter, Column format) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(getter, "getter");
        Objects.requireNonNull(format, "format");
        columns.add(new ColumnSpec(label, (Function<Object, Object>) getter, null, format));
        return this;
    }

    /**
     * An editable column: read by {@code getter}, and changed in a copy of the row by {@code
     * wither} (a record's {@code withFare(fare)}, say) when the user edits it in {@link
     * Ui#dataEditor(Table)}. The edited value has the type of the cell it replaces.
     */
    @SuppressWarnings("unchecked")
    public <V> Table<T> column(String label, Function<? super T, V> getter, BiFunction<T, V, T> wither, Column format) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(getter, "getter");
        Objects.requireNonNull(wither, "wither");
        Objects.requireNonNull(format, "format");
        columns.add(new ColumnSpec(
                label,
                (Function<Object, Object>) getter,
                (BiFunction<Object, Object, Object>) (BiFunction<?, ?, ?>) wither,
                format));
        return this;
    }

    /**
     * How the field {@code name} (a record component, map key, bean property or result column)
     * shows. Without any {@code column(label, getter)}, every field is a column and this configures
     * one; with them, this adds the field as a column.
     */
    public Table<T> column(String name, Column format) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        columns.add(new ColumnSpec(name, null, null, format));
        return this;
    }

    // ---------------------------------------------------------------- what the user may do

    /**
     * The table's title, shown above it; it names the table as a widget (like a widget's label), so
     * two selectable tables of one fragment need different labels or {@link Ui#key(String)}s.
     */
    public Table<T> label(String label) {
        this.label = Objects.requireNonNull(label, "label");
        return this;
    }

    /**
     * What identifies a row: selections and edits follow keys across reruns that draw new rows.
     * Keys must be unique and not null.
     */
    @SuppressWarnings("unchecked")
    public Table<T> key(Function<? super T, ?> key) {
        this.keyGetter = (Function<Object, Object>) Objects.requireNonNull(key, "key");
        this.keyField = null;
        return this;
    }

    /** The field that identifies a row; for a {@link #query}, a column of its result. */
    public Table<T> key(String field) {
        this.keyField = Objects.requireNonNull(field, "field");
        this.keyGetter = null;
        return this;
    }

    /** A search box over every row of the table (not only the page shown). */
    public Table<T> search() {
        this.search = true;
        return this;
    }

    /** A filter on each column: text contains, number and date ranges, a choice of values. */
    public Table<T> filters() {
        this.filters = true;
        return this;
    }

    /** Download buttons for the whole table as filtered, as CSV and as Excel. */
    public Table<T> export() {
        this.export = true;
        return this;
    }

    /**
     * Rows per page (20 by default).
     *
     * @throws IllegalArgumentException if {@code rows} is not from 5 to 500
     */
    public Table<T> pageSize(int rows) {
        if (rows < 5 || rows > 500) {
            throw new IllegalArgumentException("A page holds 5 to 500 rows, not " + rows + ".");
        }
        this.pageSize = rows;
        return this;
    }

    /** What the user may select; {@link Ui#table(Table)} returns it. */
    public Table<T> select(TableSelect mode) {
        this.select = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * In {@link Ui#dataEditor(Table)}: the user may add rows, each starting as {@code blank} gives
     * it (then changed through the columns' withers, or a record's constructor).
     */
    public Table<T> addRows(Supplier<? extends T> blank) {
        this.blankRow = Objects.requireNonNull(blank, "blank");
        this.addRows = true;
        return this;
    }

    /**
     * In {@link Ui#dataEditor(Table)}: the user may add rows, built from their cells; for records
     * and maps (a record's empty cells are {@code null}, or zero and {@code false} for primitives).
     */
    public Table<T> addRows() {
        this.addRows = true;
        return this;
    }

    /** In {@link Ui#dataEditor(Table)}: the user may delete rows. */
    public Table<T> deleteRows() {
        this.deleteRows = true;
        return this;
    }

    // ---------------------------------------------------------------- read by the runtime

    public Source source() {
        return source;
    }

    /** The columns configured, in the order given. */
    public List<ColumnSpec> columns() {
        return List.copyOf(columns);
    }

    /** The label, or null. */
    public String label() {
        return label;
    }

    /** The key getter, or null. */
    public Function<Object, Object> keyGetter() {
        return keyGetter;
    }

    /** The key field, or null. */
    public String keyField() {
        return keyField;
    }

    public boolean searchable() {
        return search;
    }

    public boolean filterable() {
        return filters;
    }

    public boolean exportable() {
        return export;
    }

    public int pageSize() {
        return pageSize;
    }

    public TableSelect selectMode() {
        return select;
    }

    /** The blank row for added rows, or null. */
    public Supplier<?> blankRow() {
        return blankRow;
    }

    public boolean canAddRows() {
        return addRows;
    }

    public boolean canDeleteRows() {
        return deleteRows;
    }
}
