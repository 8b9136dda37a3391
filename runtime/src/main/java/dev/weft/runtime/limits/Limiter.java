package dev.weft.runtime.limits;

import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;

/**
 * One {@link dev.weft.Limited} group's permits and waiting line, in one scope: this server, one
 * session, or the cluster.
 */
public interface Limiter {

    /** The group's settings. */
    LimitDefinition definition();

    /**
     * Waits in line for a permit, first come, first served.
     *
     * @param listener told the caller's place in line and the estimated wait whenever they change
     *     while it waits (not called when a permit is free at once)
     * @return the permit, to be closed when the call ends, however it ends
     * @throws LimitedException when the line is full, the wait times out, or the limit cannot be
     *     reached; the caller is not in line afterwards
     * @throws InterruptedException when the caller is interrupted while it waits; it has left the
     *     line and holds nothing
     */
    Permit acquire(QueueListener listener) throws InterruptedException;

    /** A permit held. Closing it gives it back; closing it again does nothing. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Told a waiter's place in line and the estimated wait. */
    @FunctionalInterface
    interface QueueListener {

        /** A listener that ignores everything. */
        QueueListener NONE = (position, etaMillis) -> {};

        /**
         * @param position the caller's place in line, 1 being the next to get a permit
         * @param etaMillis the estimated wait in milliseconds, or -1 when nothing is known yet
         */
        void queued(int position, long etaMillis);
    }
}
