package dev.weft;

/**
 * Reruns fragments from the server: inject it into any bean (a Kafka consumer, a database
 * notification, a scheduled job, a REST endpoint) and tell a fragment of an app to run again, in one
 * session or in every open session of the app.
 *
 * <pre>{@code
 * @Inject Reruns reruns;
 *
 * void onOrder(@Observes OrderPlaced order) {
 *     reruns.of(Dashboard.class).fragment(Dashboard_Fragments.ORDERS).everywhere();
 * }
 * }</pre>
 *
 * <p>A fragment is named by its method's name; the processor writes each app's names as constants in
 * a public class beside it ({@code Dashboard_Fragments.ORDERS = "orders"}), so that a misspelt name
 * does not compile.
 *
 * <p>A pushed rerun is like a widget change of that fragment: the fragment reruns as its {@link
 * Fragment#onRerun()} says, and when its result changes its dependents rerun, and only they redraw.
 * Pushes that come before the run begins coalesce into one run. Each run happens as the session's own
 * user, and a fragment that user may not run shows so, as on any run. A push to a session that has
 * closed, or that this server does not know, is dropped without error. A {@link Rerun} event fired
 * through CDI does the same.
 */
public interface Reruns {

    /**
     * The fragments of one {@link App} class.
     *
     * @throws IllegalArgumentException if {@code app} is not an {@code @App} class of this application
     */
    AppReruns of(Class<?> app);

    /** Reruns a push described as an event; see {@link Rerun}. Returns the sessions that will rerun. */
    int push(Rerun rerun);

    /** The fragments of one app. */
    interface AppReruns {

        /**
         * One fragment of the app, by its method's name.
         *
         * @throws IllegalArgumentException if the app has no such fragment; the message names those it has
         */
        Target fragment(String name);
    }

    /** One fragment of one app, to rerun. */
    interface Target {

        /** Reruns it in every open session of its app; returns how many sessions will rerun it. */
        int everywhere();

        /**
         * Reruns it in the session with this id ({@link Ui#sessionId()}); false, and nothing happens,
         * when that session has closed, is unknown, or is of another app.
         */
        boolean inSession(String sessionId);
    }
}
