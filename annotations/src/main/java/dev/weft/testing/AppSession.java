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

    /**
     * The URL the browser would show now: the page's path and the query string the app wrote
     * ({@code /?region=Asia&year=2020}), by its bound widgets and its {@link dev.weft.QueryParams}.
     */
    String url();

    /**
     * The URLs of the browser's history for this page, oldest first, as the app made them: a
     * user's change of a bound widget adds an entry, code's writes replace the current one.
     */
    java.util.List<String> history();

    /**
     * Goes back one entry of the {@link #history()}, as the browser's back button does: the session
     * gets that URL, and the fragments that depend on a parameter that differs rerun.
     *
     * @throws IllegalStateException if this is the first entry
     */
    AppSession back();

    /**
     * Goes forward one entry of the {@link #history()}, as the browser's forward button does.
     *
     * @throws IllegalStateException if this is the last entry
     */
    AppSession forward();

    /**
     * Goes to {@code url} (this page's path with a query string, or just {@code ?query}) within the
     * page, as the browser does when it goes back or forward to it: its values are checked as a
     * link's (a refused one gives the widget its default and a note), and the fragments that depend
     * on a parameter that differs rerun. The entry replaces the current one in the {@link #history()}.
     */
    AppSession goTo(String url);

    @Override
    void close();
}
