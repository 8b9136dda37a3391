package dev.weft.runtime;

import java.util.List;

/**
 * Reads the columns of one row type (a record or a bean) with direct calls of its accessors: what the
 * Weft annotation processor generates for each row type an app's fragments take or return, or that
 * the app declares, so that tables and charts of those rows need no reflection.
 *
 * <p>This is an SPI between generated code and the runtime, public only because generated classes
 * live in the user's package. Applications never implement or call it.
 *
 * @param <T> the row type (its type arguments, if any, as wildcards)
 */
public interface RowReader<T> {

    /** The row type: rows of exactly this class are read by this reader. */
    Class<?> type();

    /**
     * The columns' names, in order: a record's components in declaration order, a bean's getters
     * (without {@code get}/{@code is}, first letter lowered) by name.
     */
    List<String> names();

    /** Each column's declared type (boxed; erased where generic), in the order of {@link #names()}. */
    List<Class<?>> types();

    /**
     * One column's value of a row.
     *
     * @param column the column's index in {@link #names()}
     * @throws IndexOutOfBoundsException if there is no such column
     */
    Object read(T row, int column);
}
