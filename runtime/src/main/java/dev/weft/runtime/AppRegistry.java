package dev.weft.runtime;

import io.quarkus.arc.All;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The apps of this server, by path: one generated {@link AppDefinition} per {@code @App} class. */
@Singleton
public class AppRegistry {

    private final Map<String, AppDefinition> byPath = new TreeMap<>();

    @Inject
    AppRegistry(@All List<AppDefinition> apps) {
        apps.forEach(app -> byPath.put(app.path(), app));
    }

    /** The app served at {@code path}, if any. */
    public Optional<AppDefinition> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
