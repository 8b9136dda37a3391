package dev.weft.runtime.session;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fires the per-run time limit ({@code quarkus.weft.fragments.time-limit}): one daemon platform thread for the
 * server, which only hands an expired run to its session, so it stays free for the next deadline.
 */
final class RunDeadlines {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private RunDeadlines() {}

    /**
     * Calls {@code body}; if it has not returned after {@code limit}, calls {@code expired} (on the
     * timer's thread, while {@code body} goes on).
     *
     * @param limit null for no limit
     */
    static Object within(Duration limit, Runnable expired, Callable<Object> body) throws Exception {
        if (limit == null) {
            return body.call();
        }
        Future<?> deadline = TIMER.schedule(expired, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return body.call();
        } finally {
            deadline.cancel(false);
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().daemon().name("weft-time-limit").factory());
        timer.setRemoveOnCancelPolicy(true); // a run that ends in time leaves nothing queued
        return timer;
    }
}
