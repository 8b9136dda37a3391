package dev.weft.runtime;

/** Starts periodic tasks, for {@code @Fragment(runEvery)}. */
@FunctionalInterface
interface Timers {

    /** Runs {@code task} every {@code millis} ms until the returned handle is closed. */
    AutoCloseable every(long millis, Runnable task);
}
