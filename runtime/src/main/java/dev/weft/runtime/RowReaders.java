package dev.weft.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The generated {@link RowReader}s of this server's apps, by row type, from two sources, neither
 * looked up by name:
 *
 * <ul>
 *   <li>the annotation processor's, nested in each app's generated definition (the row types its
 *       fragments take or return, and its member records): {@link AppRegistry} installs them from
 *       {@link AppDefinition#rowReaders()} when the application starts;
 *   <li>the build's, one per other record of the application (Weft's deployment writes them as
 *       bytecode from the application's index and adds them at static init, see {@link
 *       #addRecordReader}).
 * </ul>
 *
 * Both are installed again on each dev-mode restart, replacing the last ones. A type with a reader
 * of each kind is read by the processor's.
 */
public final class RowReaders {

    private static volatile Map<Class<?>, RowReader<?>> readers = Map.of();

    /** The build's readers, by the binary name of their record: the record is not loaded to add them. */
    private static volatile Map<String, RowReader<?>> recordReaders = Map.of();

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

    /** Forgets the build's readers of an earlier start (dev mode restarts in the same class loader). */
    public static void clearRecordReaders() {
        recordReaders = Map.of();
    }

    /**
     * Adds the reader the build generated for the record named {@code recordName} (its binary name,
     * as {@link Class#getName()}), which the reader's {@link RowReader#type()} loads only when a row
     * of that name is first read.
     */
    public static synchronized void addRecordReader(String recordName, RowReader<?> reader) {
        Map<String, RowReader<?>> all = new HashMap<>(recordReaders);
        all.put(recordName, reader);
        recordReaders = Map.copyOf(all);
    }

    /** The reader of rows of exactly {@code type}, or null when none was generated for it. */
    @SuppressWarnings("unchecked")
    public static RowReader<Object> of(Class<?> type) {
        RowReader<?> reader = readers.get(type);
        if (reader == null) {
            reader = recordReaders.get(type.getName());
            if (reader != null && reader.type() != type) {
                return null; // a class of that name from another class loader
            }
        }
        return (RowReader<Object>) reader;
    }
}
