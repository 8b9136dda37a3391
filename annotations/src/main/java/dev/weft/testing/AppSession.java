package dev.weft.testing;

import java.time.Duration;

/** One session of an app under test. Close it to stop its fragments and timers. */
public interface AppSession extends AutoCloseable {

    /** Waits up to 30 s until no fragment is running or waiting to run. */
    AppSession awaitIdle();

    /**
     * Waits until no fragment is running or waiting to run.
     *
     * @throws IllegalStateException if that takes longer than {@code timeout}
     */
    AppSession awaitIdle(Duration timeout);

    /**
     * The path of the page a fragment last sent the browser to with {@link
     * dev.weft.Ui#switchPage(Class)}, if one has: {@code "/reports"}.
     */
    java.util.Optional<String> switchedTo();

    /** The slot of the fragment with this method name. */
    SlotView slot(String fragment);

    @Override
    void close();
}
