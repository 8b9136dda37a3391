package dev.weft.runtime.session;

/**
 * The {@link SessionMeters} in use: none until the build, finding Micrometer in the application,
 * installs the Micrometer ones at start ({@link #useMicrometer}). Nothing is looked up by name at run
 * time.
 */
public final class SessionMetering {

    private static volatile SessionMeters meters = SessionMeters.NONE;

    private SessionMetering() {}

    /** Meters sessions and fragment runs in Micrometer from now on. */
    public static void useMicrometer() {
        meters = new MicrometerSessionMeters();
    }

    /** The meters in use. */
    static SessionMeters current() {
        return meters;
    }
}
