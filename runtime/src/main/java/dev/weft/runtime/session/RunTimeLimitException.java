package dev.weft.runtime.session;

import java.time.Duration;

/**
 * The failure a run shows in its slot when it was stopped at {@code quarkus.weft.fragments.time-limit}. Its
 * thread is interrupted and its next {@code Ui} call ends it; until then it computes on, its output
 * dropped, and its fragment's next run waits for it.
 */
public final class RunTimeLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RunTimeLimitException(Duration limit) {
        super(
                "This section was stopped: it ran longer than the time limit of " + readable(limit)
                        + " (quarkus.weft.fragments.time-limit).",
                null,
                false,
                false);
    }

    private static String readable(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
