package dev.weft.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The generated {@link RowReader}s of this server's apps, by row type. {@link AppRegistry} installs
 * them when the application starts (again on each dev-mode restart, replacing the last ones), from
 * each app's generated {@link AppDefinition#rowReaders()}: no class is looked up by name.
 */
public final class RowReaders {

    private static volatile Map<Class<?>, RowReader<?>> readers = Map.of();

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

    /** The reader of rows of exactly {@code type}, or null when none was generated for it. */
    @SuppressWarnings("unchecked")
    public static RowReader<Object> of(Class<?> type) {
        return (RowReader<Object>) readers.get(type);
    }
}
