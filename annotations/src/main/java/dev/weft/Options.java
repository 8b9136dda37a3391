package dev.weft;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The options of a choice widget (select box, multiselect, radio, pills, segmented control, select
 * slider) together with how each is labelled: a {@code List} of the app's own objects, any type
 * (enums, records, strings), with a label function. Every choice widget takes any {@code List}; an
 * ordinary list is labelled by {@code toString}, an {@code Options} by its label function.
 *
 * <pre>{@code
 * Region region = ui.selectbox("Region", Options.of(Region.values()).label(Region::displayName));
 * }</pre>
 *
 * <p>The browser is sent the labels and sends back only an option's position; the server hands the
 * fragment the app's own object at that position, so a fragment may return it (or a record holding
 * it) as its result, compared with {@code equals}. Options must be distinct by {@code equals}; labels
 * need not be.
 *
 * @param <T> the type of the options
 */
public final class Options<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> options;
    private final Function<? super T, String> label;

    private Options(List<T> options, Function<? super T, String> label) {
        this.options = options;
        this.label = label;
    }

    /**
     * These options, labelled by {@code toString}.
     *
     * @throws NullPointerException if an option is null
     */
    @SafeVarargs
    public static <T> Options<T> of(T... options) {
        return new Options<>(List.of(options), String::valueOf);
    }

    /**
     * These options, in the collection's iteration order, labelled by {@code toString}.
     *
     * @throws NullPointerException if an option is null
     */
    public static <T> Options<T> of(Collection<? extends T> options) {
        return new Options<>(List.copyOf(options), String::valueOf);
    }

    /** The constants of an enum, in declaration order, labelled by {@code toString}. */
    public static <E extends Enum<E>> Options<E> of(Class<E> type) {
        return new Options<>(Arrays.asList(type.getEnumConstants()), String::valueOf);
    }

    /**
     * The same options, labelled by {@code label} instead ({@code null} labels show as empty).
     *
     * <pre>{@code Options.of(cities).label(City::name)}</pre>
     */
    public Options<T> label(Function<? super T, String> label) {
        return new Options<>(options, Objects.requireNonNull(label, "label"));
    }

    /** The label shown for {@code option}. */
    public String labelOf(T option) {
        String text = label.apply(option);
        return text == null ? "" : text;
    }

    @Override
    public T get(int index) {
        return options.get(index);
    }

    @Override
    public int size() {
        return options.size();
    }
}
