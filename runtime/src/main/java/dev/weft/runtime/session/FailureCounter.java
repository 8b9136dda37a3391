package dev.weft.runtime.session;

/** Counts failed fragment runs in Micrometer when the application has it; otherwise nowhere. */
interface FailureCounter {

    FailureCounter NONE = (app, fragment) -> {};

    void increment(String app, String fragment);

    /** The Micrometer counter when Micrometer is on the class path, else {@link #NONE}. */
    static FailureCounter find() {
        try {
            Class.forName("io.micrometer.core.instrument.Metrics", false, FailureCounter.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return NONE;
        }
        return new MicrometerFailureCounter();
    }
}
