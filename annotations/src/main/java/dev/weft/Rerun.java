package dev.weft;

import java.util.Objects;

/**
 * A pushed rerun as a CDI event: {@code @Inject Event<Rerun> reruns; reruns.fire(Rerun.everywhere(
 * Dashboard.class, "orders"))}. Weft observes it and reruns the fragment as {@link Reruns} does. An
 * unknown app or fragment fails the {@code fire} call with the same message as {@link Reruns}.
 *
 * @param app the {@link App} class
 * @param fragment the fragment's method name
 * @param sessionId the session to rerun it in, or null for every open session of the app
 */
public record Rerun(Class<?> app, String fragment, String sessionId) {

    /** Checks that app and fragment are given. */
    public Rerun {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(fragment, "fragment");
    }

    /** A rerun of {@code fragment} in every open session of {@code app}. */
    public static Rerun everywhere(Class<?> app, String fragment) {
        return new Rerun(app, fragment, null);
    }

    /** A rerun of {@code fragment} in one session of {@code app}. */
    public static Rerun inSession(Class<?> app, String fragment, String sessionId) {
        return new Rerun(app, fragment, Objects.requireNonNull(sessionId, "sessionId"));
    }
}
