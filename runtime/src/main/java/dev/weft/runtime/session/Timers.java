package dev.weft.runtime.session;

/** Starts periodic tasks, for {@code @Fragment(runEvery)}. */
@FunctionalInterface
public interface Timers {

    /** Runs {@code task} every {@code millis} ms until the returned handle is closed. */
    AutoCloseable every(long millis, Runnable task);
}
