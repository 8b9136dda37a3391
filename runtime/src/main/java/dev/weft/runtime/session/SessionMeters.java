package dev.weft.runtime.session;

import java.util.function.Supplier;

/**
 * Meters of sessions and fragment runs, tagged by app (the {@code @App} class's name, as {@code
 * weft.fragment.failures} is): with Micrometer in the application, {@link MicrometerSessionMeters};
 * otherwise nowhere. {@link SessionMetering} holds the ones in use.
 */
interface SessionMeters {

    /** How a fragment's run ended, for {@code weft.fragment.runs}. */
    enum Outcome {
        DONE,
        FAILED,
        SUPERSEDED
    }

    /** Why a session was refused, for {@code weft.sessions.refused}. */
    enum Refusal {
        /** The server or the client already has as many sessions as it may. */
        TOO_MANY_SESSIONS,
        /** The user may not open the page. */
        NOT_ALLOWED,
        /** A tab asked for a session of another user. */
        ANOTHER_USER
    }

    SessionMeters NONE = new SessionMeters() {
        @Override
        public void run(String app, String fragment, Outcome outcome, long millis) {}

        @Override
        public void started(String app, Supplier<Number> open) {}

        @Override
        public void resumed(String app) {}

        @Override
        public void refused(String app, Refusal why) {}
    };

    /**
     * A run of {@code fragment} ended as {@code outcome}, after {@code millis} (a superseded run's
     * time is not measured: -1).
     */
    void run(String app, String fragment, Outcome outcome, long millis);

    /** A session of {@code app} started; {@code open} counts the app's open sessions. */
    void started(String app, Supplier<Number> open);

    /** A tab came back to its session of {@code app}. */
    void resumed(String app);

    /** A session of {@code app} was refused. */
    void refused(String app, Refusal why);
}
