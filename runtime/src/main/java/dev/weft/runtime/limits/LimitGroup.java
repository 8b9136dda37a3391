package dev.weft.runtime.limits;

import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link dev.weft.Limited} group on this server: its settings, its recent run times (shared by
 * every limiter of the group, whatever its scope) and its meters. {@link #metered} wraps each of the
 * group's limiters so that waiting, running, wait and run times and rejections are counted the same
 * way for every scope.
 */
final class LimitGroup {

    private final LimitDefinition definition;
    private final RunTimes runTimes = new RunTimes();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final LimitMeters.GroupMeters meters;

    LimitGroup(LimitDefinition definition, LimitMeters meters) {
        this.definition = definition;
        this.meters = meters.register(definition.group(), waiting::get, running::get);
    }

    LimitDefinition definition() {
        return definition;
    }

    RunTimes runTimes() {
        return runTimes;
    }

    /** Callers of the group in line on this server now (all scopes together). */
    int waiting() {
        return waiting.get();
    }

    /** Permits of the group held on this server now. */
    int running() {
        return running.get();
    }

    /** {@code limiter}, counted in this group's figures. */
    Limiter metered(Limiter limiter) {
        return new Limiter() {
            @Override
            public LimitDefinition definition() {
                return limiter.definition();
            }

            @Override
            public Permit acquire(QueueListener listener) throws InterruptedException {
                long start = System.nanoTime();
                waiting.incrementAndGet();
                Permit permit;
                try {
                    permit = limiter.acquire(listener);
                } catch (LimitedException e) {
                    meters.rejected(e.reason());
                    throw e;
                } finally {
                    waiting.decrementAndGet();
                }
                long granted = System.nanoTime();
                meters.waited(granted - start);
                running.incrementAndGet();
                return new MeteredPermit(permit, granted);
            }
        };
    }

    private final class MeteredPermit implements Limiter.Permit {
        private final Limiter.Permit permit;
        private final long granted;
        private final AtomicBoolean closed = new AtomicBoolean();

        MeteredPermit(Limiter.Permit permit, long granted) {
            this.permit = permit;
            this.granted = granted;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                running.decrementAndGet();
                meters.ran(System.nanoTime() - granted);
                permit.close();
            }
        }
    }
}
