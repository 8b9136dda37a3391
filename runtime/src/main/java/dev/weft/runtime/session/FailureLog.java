package dev.weft.runtime.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Where failed fragment runs are reported to operators: each failure is logged at WARN with its
 * app, fragment, the start of its session's id and the exception, at most {@value #PER_MINUTE}
 * times a minute for each app and fragment (the first failure after that minute says how many
 * were left out), and counted: by {@link #count} and, when the application has Micrometer, by the
 * counter {@code weft.fragment.failures} tagged {@code app} and {@code fragment}.
 */
public final class FailureLog {

    /** The most failures of one app's fragment logged in a minute. */
    static final int PER_MINUTE = 5;

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final Logger LOG = Logger.getLogger(FailureLog.class);
    private static final FailureLog INSTANCE = new FailureLog(System::nanoTime, FailureCounter.NONE);

    private final LongSupplier clock;
    private volatile FailureCounter counter;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FailureLog(LongSupplier clock, FailureCounter counter) {
        this.clock = clock;
        this.counter = counter;
    }

    /** Counts failures in Micrometer too; the build calls it when the application has Micrometer. */
    public static void countInMicrometer() {
        INSTANCE.counter = new MicrometerFailureCounter();
    }

    /** Logs (within the rate) and counts one failed run of {@code fragment} of {@code app}. */
    public static void failed(String app, String fragment, String sessionId, Throwable failure) {
        INSTANCE.record(app, fragment, sessionId, failure);
    }

    /** How many runs of {@code fragment} of {@code app} have failed since the application started. */
    public static long count(String app, String fragment) {
        Window window = INSTANCE.windows.get(key(app, fragment));
        return window == null ? 0 : window.total.get();
    }

    /** Counts a failure and logs it within the rate; returns the line logged, or null if left out. */
    String record(String app, String fragment, String sessionId, Throwable failure) {
        Window window = windows.computeIfAbsent(key(app, fragment), key -> new Window(clock.getAsLong()));
        window.total.incrementAndGet();
        counter.increment(app, fragment);
        long suppressed;
        synchronized (window) {
            long now = clock.getAsLong();
            if (now - window.start >= MINUTE) {
                window.previouslySuppressed = window.suppressed;
                window.start = now;
                window.logged = 0;
                window.suppressed = 0;
            }
            if (window.logged >= PER_MINUTE) {
                window.suppressed++;
                return null;
            }
            window.logged++;
            suppressed = window.previouslySuppressed;
            window.previouslySuppressed = 0;
        }
        String session = sessionId == null ? "-" : sessionId.substring(0, Math.min(8, sessionId.length()));
        String line = "Fragment " + app + "#" + fragment + " failed in session " + session
                + (suppressed > 0
                        ? "; " + suppressed + " earlier failures of it were not logged (at most " + PER_MINUTE
                                + " a minute are)"
                        : "");
        LOG.warn(line, failure);
        return line;
    }

    private static String key(String app, String fragment) {
        return app + '#' + fragment;
    }

    /** One app's fragment: the failures logged and left out in the current minute, and all of them. */
    private static final class Window {
        final AtomicLong total = new AtomicLong();
        long start;
        int logged;
        long suppressed;
        long previouslySuppressed;

        Window(long start) {
            this.start = start;
        }
    }
}
