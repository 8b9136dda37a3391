package dev.weft.runtime.limits.cluster;

import dev.weft.LimitedException;
import dev.weft.LimitedException.Reason;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.limits.LimitMessages;

/**
 * What a user is told when a cluster limit cannot be reached; a full line and a timeout read as for
 * every scope ({@link LimitMessages}).
 */
final class ClusterMessages {

    private ClusterMessages() {}

    /** Redis cannot be reached and {@code quarkus.weft.limits.cluster.on-unavailable=refuse}. */
    static LimitedException unavailable(LimitDefinition definition, String address, Throwable cause) {
        return new LimitedException(
                definition.group(),
                Reason.UNAVAILABLE,
                "The shared limit '" + definition.group() + "' is unavailable: Redis at " + address
                        + " cannot be reached. Try again when it is back, or set"
                        + " quarkus.weft.limits.cluster.on-unavailable=local to run such calls under each server's own"
                        + " limit meanwhile.",
                cause);
    }
}
