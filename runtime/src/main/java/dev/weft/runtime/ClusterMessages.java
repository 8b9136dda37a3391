package dev.weft.runtime;

import dev.weft.LimitedException;
import dev.weft.LimitedException.Reason;
import java.time.Duration;
import java.util.Locale;

/** What a user is told when a cluster-limited call gets no permit. */
final class ClusterMessages {

    private ClusterMessages() {}

    /** {@code waiting} callers already wait for a taken permit, and the queue allows no more. */
    static LimitedException busy(LimitDefinition definition, long waiting) {
        return new LimitedException(
                definition.group(),
                Reason.BUSY,
                "Busy: " + waiting + " caller" + (waiting == 1 ? " is" : "s are") + " waiting for '"
                        + definition.group() + "'. Try again in a moment.");
    }

    /** The caller waited {@code @Limited(timeout)} without getting a permit. */
    static LimitedException timedOut(LimitDefinition definition) {
        return new LimitedException(
                definition.group(),
                Reason.TIMED_OUT,
                "Waited "
                        + Duration.ofMillis(definition.timeoutMillis())
                                .toString()
                                .substring(2)
                                .toLowerCase(Locale.ROOT) + " for '" + definition.group()
                        + "' without getting a turn. Try again later.");
    }

    /** Redis cannot be reached and {@code weft.limits.cluster.on-unavailable=refuse}. */
    static LimitedException unavailable(LimitDefinition definition, String address, Throwable cause) {
        return new LimitedException(
                definition.group(),
                Reason.UNAVAILABLE,
                "The shared limit '" + definition.group() + "' is unavailable: Redis at " + address
                        + " cannot be reached. Try again when it is back, or set"
                        + " weft.limits.cluster.on-unavailable=local to run such calls under each server's own"
                        + " limit meanwhile.",
                cause);
    }
}
