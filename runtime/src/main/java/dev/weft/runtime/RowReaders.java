package dev.weft.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The generated {@link RowReader}s of this server's apps, by row type, from two sources, neither
 * looked up by name:
 *
 * <ul>
 *   <li>the annotation processor's, nested in each app's generated definition (the row types its
 *       fragments take or return, and its member records): {@link AppRegistry} installs them from
 *       {@link AppDefinition#rowReaders()} when the application starts;
 *   <li>the build's, one per other record of the application (Weft's deployment writes them as
 *       bytecode from the application's index, with one class that makes each by a direct {@code
 *       new}, installed at static init: see {@link #installRecordReaders}).
 * </ul>
 *
 * Both are installed again on each dev-mode restart, replacing the last ones. A type with a reader
 * of each kind is read by the processor's.
 */
public final class RowReaders {

    private static volatile Map<Class<?>, RowReader<?>> readers = Map.of();

    /** The build's readers: made on first use, from the binary name of their record. */
    private static volatile RecordReaders recordReaders = new RecordReaders(name -> null);

    /**
     * The build's readers as made so far, and how to make the others: {@code make} gives the reader
     * of the record of that binary name, or null when the build wrote it none.
     */
    private record RecordReaders(
            Function<String, ? extends RowReader<?>> make, Map<Class<?>, Optional<RowReader<?>>> made) {

        RecordReaders(Function<String, ? extends RowReader<?>> make) {
            this(make, new ConcurrentHashMap<>());
        }

        RowReader<?> of(Class<?> type) {
            return made.computeIfAbsent(type, record -> Optional.<RowReader<?>>ofNullable(make.apply(record.getName()))
                            // a class of that name from another class loader is no row of this reader's
                            .filter(reader -> reader.type() == record))
                    .orElse(null);
        }
    }

    private RowReaders() {}

    /** Makes the readers of {@code apps} the ones in use, replacing those installed before. */
    public static void install(Collection<? extends AppDefinition> apps) {
        Map<Class<?>, RowReader<?>> all = new HashMap<>();
        for (AppDefinition app : apps) {
            for (RowReader<?> reader : app.rowReaders()) {
                all.putIfAbsent(reader.type(), reader);
            }
        }
        readers = Map.copyOf(all);
    }

    /**
     * Makes {@code make} the source of the build's readers, replacing the one installed before:
     * given a record's binary name (as {@link Class#getName()}), it makes the reader the build wrote
     * for it, or gives null. Each record's reader is made once, when a row of it is first read, so
     * that starting loads no reader nor record that is never drawn.
     */
    public static void installRecordReaders(Function<String, ? extends RowReader<?>> make) {
        recordReaders = new RecordReaders(make);
    }

    /** The reader of rows of exactly {@code type}, or null when none was generated for it. */
    @SuppressWarnings("unchecked")
    public static RowReader<Object> of(Class<?> type) {
        RowReader<?> reader = readers.get(type);
        return (RowReader<Object>) (reader != null ? reader : recordReaders.of(type));
    }
}
