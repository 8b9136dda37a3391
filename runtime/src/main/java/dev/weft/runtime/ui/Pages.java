package dev.weft.runtime.ui;

import dev.weft.App;
import dev.weft.runtime.AppDefinition;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pages a run can link to and switch to: the apps of the server, found by their {@code @App}
 * class, the page the run is on, and where a {@code switchPage} goes (the run's session, which sends
 * the browser there).
 */
public final class Pages {

    private static final Pages NONE = new Pages(page -> Optional.empty(), "", path -> {});

    private final Function<Class<?>, Optional<AppDefinition>> byClass;
    private final String current;
    private final Consumer<String> switchTo;

    /**
     * @param byClass the app of an {@code @App} class, if it is one of the server's
     * @param current the path of the page the run is on
     * @param switchTo sends the browser to a page's path, if the run is still current
     */
    public Pages(Function<Class<?>, Optional<AppDefinition>> byClass, String current, Consumer<String> switchTo) {
        this.byClass = byClass;
        this.current = current;
        this.switchTo = switchTo;
    }

    /** The pages of a run outside any session: none. */
    static Pages none() {
        return NONE;
    }

    /** The path of the page the run is on. */
    String current() {
        return current;
    }

    /**
     * The app of {@code page}.
     *
     * @throws IllegalArgumentException if it is not one of this server's apps
     */
    AppDefinition page(String method, Class<?> page) {
        Objects.requireNonNull(page, "page");
        return byClass.apply(page)
                .orElseThrow(() -> new IllegalArgumentException(method + "(" + page.getSimpleName() + ".class): "
                        + (page.isAnnotationPresent(App.class)
                                ? "this @App is not served by this application."
                                : "'" + page.getName() + "' is not an @App class, so it is no page.")));
    }

    /** Sends the browser to {@code page}. */
    void switchTo(AppDefinition page) {
        switchTo.accept(page.path());
    }
}
