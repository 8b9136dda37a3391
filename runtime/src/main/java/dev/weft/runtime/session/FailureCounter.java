package dev.weft.runtime.session;

/** Counts failed fragment runs in Micrometer when the application has it; otherwise nowhere. */
interface FailureCounter {

    FailureCounter NONE = (app, fragment) -> {};

    void increment(String app, String fragment);
}
