package dev.weft.runtime.session;

import dev.weft.runtime.AppDefinition;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The apps (by page path) whose fragments have drawn a chart since the server started. The page of
 * such an app tells the browser so ({@code data-charts} on {@code #weft}), and the browser then runs
 * its chart library a few times off screen while the first fragments run, so that its first charts
 * are drawn about as fast as later ones; the page of an app that never drew a chart does not spend
 * the browser's time on that.
 */
final class ChartedApps {

    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    /** Notes that a run of {@code app} drew a chart. */
    void drew(AppDefinition app) {
        paths.add(app.path());
    }

    /** Whether a run of the app at {@code path} has drawn a chart. */
    boolean drew(String path) {
        return paths.contains(path);
    }
}
