package dev.weft.runtime.limits;

import dev.weft.LimitedException;
import dev.weft.LimitedException.Reason;
import dev.weft.runtime.LimitDefinition;
import java.util.Locale;

/** What a caller that got no permit is told: one place for every limiter's wording. */
public final class LimitMessages {

    private LimitMessages() {}

    /** The line is full: {@code waiting} callers already wait. */
    public static LimitedException busy(LimitDefinition definition, int waiting) {
        String message = waiting == 0
                ? "Busy: '" + definition.group() + "' is in use and takes nobody in line. Try again in a moment."
                : "Busy: " + waiting + (waiting == 1 ? " person is" : " people are") + " already waiting for '"
                        + definition.group() + "'. Try again in a moment.";
        return new LimitedException(definition.group(), Reason.BUSY, message);
    }

    /** The caller waited {@code timeoutMillis} without getting a permit. */
    public static LimitedException timedOut(LimitDefinition definition) {
        return new LimitedException(
                definition.group(),
                Reason.TIMED_OUT,
                "Timed out: waited " + duration(definition.timeoutMillis()) + " for '" + definition.group()
                        + "' without getting a turn. Try again later.");
    }

    /** A cluster limit asked for on a server that has no Redis client. */
    static LimitedException noCluster(LimitDefinition definition) {
        return new LimitedException(
                definition.group(),
                Reason.UNAVAILABLE,
                "'" + definition.group() + "' is limited across the cluster (scope = CLUSTER), but this"
                        + " application has no cluster limiter. Add the io.quarkus:quarkus-redis-client extension"
                        + " to the application.");
    }

    /** A readable duration: {@code 500 ms}, {@code 30 s}, {@code 2 min 5 s}. */
    static String duration(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return millis % 1_000 == 0 ? millis / 1_000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        long seconds = millis / 1_000;
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
}
