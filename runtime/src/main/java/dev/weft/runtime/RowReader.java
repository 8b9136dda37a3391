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

    /**
     * Whether {@link #create} makes rows of this type: true for a record, whose rows a data editor
     * rebuilds with one cell changed.
     */
    default boolean creates() {
        return false;
    }

    /**
     * Each column's declared type, erased, a primitive as it is (a record constructor's parameter
     * types), in the order of {@link #names()}. For a type {@link #creates() created} by this reader;
     * otherwise {@link #types()}.
     */
    default List<Class<?>> declaredTypes() {
        return types();
    }

    /**
     * A new row from one value per column, in the order of {@link #names()}: for a record, a call of
     * its canonical constructor (which may refuse the values with the record's own exception).
     *
     * @param values each column's value, of its declared type (never null for a primitive one)
     * @throws UnsupportedOperationException if this reader does not {@link #creates() create} rows
     */
    default T create(Object[] values) {
        throw new UnsupportedOperationException(type().getName() + " rows are not made by their reader.");
    }
}
