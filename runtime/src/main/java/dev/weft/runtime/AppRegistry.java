package dev.weft.runtime;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The apps of this server, by path: one generated {@link AppDefinition} per {@code @App} class. */
@Singleton
public class AppRegistry {

    private final Map<String, AppDefinition> byPath = new TreeMap<>();

    AppRegistry() {
        // Looked up, not injected as @All List: that injection point would need reflection in a native image.
        List<InstanceHandle<AppDefinition>> apps = Arc.container().listAll(AppDefinition.class);
        apps.forEach(app -> byPath.put(app.get().path(), app.get()));
        RowReaders.install(byPath.values());
    }

    /** Every app, in the order of the pages menu: by {@code @App(order)}, then by path. */
    public List<AppDefinition> pages() {
        return byPath.values().stream()
                .sorted(Comparator.comparingInt(AppDefinition::order).thenComparing(AppDefinition::path))
                .toList();
    }

    /** The app whose {@code @App} class is {@code page}, if it is one of this server's. */
    public Optional<AppDefinition> byClass(Class<?> page) {
        return byPath.values().stream().filter(app -> app.appClass() == page).findFirst();
    }

    /** The app served at {@code path}, if any. */
    public Optional<AppDefinition> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
