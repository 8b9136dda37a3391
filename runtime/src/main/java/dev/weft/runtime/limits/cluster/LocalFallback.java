package dev.weft.runtime.limits.cluster;

import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.limits.LimitMessages;
import dev.weft.runtime.limits.Limiter;
import dev.weft.runtime.limits.RunTimes;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The limit a cluster group falls back to while Redis cannot be reached and {@code
 * quarkus.weft.limits.cluster.on-unavailable=local}: this server's own permits, queue and timeout, first come,
 * first served (a fair semaphore).
 */
final class LocalFallback {

    private final LimitDefinition definition;
    private final RunTimes runTimes;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();

    LocalFallback(LimitDefinition definition, RunTimes runTimes) {
        this.definition = definition;
        this.runTimes = runTimes;
        this.permits = new Semaphore(definition.permits(), true);
    }

    /**
     * Waits for one of this server's permits until {@code deadline} ({@link System#nanoTime()}, or
     * {@link Long#MAX_VALUE} for no limit).
     *
     * @throws LimitedException when {@code queue} callers already wait, or the deadline passes
     * @throws InterruptedException when interrupted while waiting; nothing is held then
     */
    Limiter.Permit acquire(Limiter.QueueListener listener, long deadline) throws InterruptedException {
        if (permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
            return permit();
        }
        int position = waiting.incrementAndGet();
        try {
            if (position > definition.queue()) {
                throw LimitMessages.busy(definition, position - 1);
            }
            listener.queued(position, runTimes.estimate(position, definition.permits()));
            long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
            if (!permits.tryAcquire(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                throw LimitMessages.timedOut(definition);
            }
            return permit();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Limiter.Permit permit() {
        long start = System.nanoTime();
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                runTimes.record((System.nanoTime() - start) / 1_000_000);
                permits.release();
            }
        };
    }
}
