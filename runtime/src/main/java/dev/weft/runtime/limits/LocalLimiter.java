package dev.weft.runtime.limits;

import dev.weft.runtime.LimitDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The permits and waiting line of one group within this JVM: for {@link dev.weft.Limited.Scope#SERVER}
 * (one per group) and {@link dev.weft.Limited.Scope#SESSION} (one per session and group).
 *
 * <p>Strictly first come, first served: a caller that finds a free permit takes it only when nobody
 * waits, and a permit given back goes straight to the head of the line (it is never up for grabs,
 * so a newcomer cannot overtake a waiter). Each waiter reports its own place in line and estimated
 * wait to its listener, on its own thread and outside the lock, at most once per {@code
 * updateInterval} but always ending with the latest place: a line of hundreds moving fast costs
 * one wake-up per waiter and interval, not one per move.
 *
 * <p>A permit is given back exactly once, whatever the interleaving: closing it twice does nothing,
 * and a permit handed to a waiter at the moment that waiter is interrupted or times out is passed on
 * to the next one.
 */
public final class LocalLimiter implements Limiter {

    private final LimitDefinition definition;
    private final RunTimes runTimes;
    private final long updateIntervalNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> line = new ArrayDeque<>();
    private final List<LocalPermit> holders = new ArrayList<>();
    private int free;

    /**
     * @param runTimes where each run's duration is recorded, and where estimates come from
     * @param updateIntervalNanos the shortest time between two reports to one waiter's listener
     */
    public LocalLimiter(LimitDefinition definition, RunTimes runTimes, long updateIntervalNanos) {
        this.definition = definition;
        this.runTimes = runTimes;
        this.updateIntervalNanos = Math.max(0, updateIntervalNanos);
        this.free = definition.permits();
    }

    @Override
    public LimitDefinition definition() {
        return definition;
    }

    @Override
    public Permit acquire(QueueListener listener) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException(); // an interrupted caller takes nothing, not even a free permit
        }
        Waiter me;
        lock.lock();
        try {
            if (line.isEmpty() && free > 0) {
                free--;
                return grant();
            }
            if (line.size() >= definition.queue()) {
                throw LimitMessages.busy(definition, line.size());
            }
            me = new Waiter(lock.newCondition(), line.size() + 1);
            line.addLast(me);
        } finally {
            lock.unlock();
        }
        return await(me, listener);
    }

    /** Permits held now (handed out and not given back). */
    int running() {
        lock.lock();
        try {
            return definition.permits() - free;
        } finally {
            lock.unlock();
        }
    }

    /** Callers in line now. */
    int waiting() {
        lock.lock();
        try {
            return line.size();
        } finally {
            lock.unlock();
        }
    }

    private Permit await(Waiter me, QueueListener listener) throws InterruptedException {
        long deadline = definition.timeoutMillis() > 0
                ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(definition.timeoutMillis())
                : Long.MAX_VALUE;
        while (true) {
            int report;
            long eta;
            lock.lock();
            try {
                report = nextReport(me, deadline);
                if (report == 0) {
                    return me.permit;
                }
                eta = estimate(report);
            } finally {
                lock.unlock();
            }
            try {
                listener.queued(report, eta);
            } catch (RuntimeException | Error e) {
                leave(me);
                throw e;
            }
        }
    }

    /**
     * Waits, under the lock, until the waiter has its permit (0), has a new place to report (the
     * place), times out or is interrupted (it has then left the line).
     */
    private int nextReport(Waiter me, long deadline) throws InterruptedException {
        while (true) {
            if (me.granted) {
                return 0;
            }
            long now = System.nanoTime();
            if (me.position != me.reported && now - me.lastReport >= updateIntervalNanos) {
                me.reported = me.position;
                me.lastReport = now;
                return me.position;
            }
            if (now - deadline >= 0) {
                leaveLocked(me);
                throw LimitMessages.timedOut(definition);
            }
            long wait = deadline - now;
            me.throttled = me.position != me.reported;
            if (me.throttled) {
                wait = Math.min(wait, updateIntervalNanos - (now - me.lastReport));
            }
            try {
                me.wakeUp.awaitNanos(wait);
            } catch (InterruptedException e) {
                leaveLocked(me);
                throw e;
            }
        }
    }

    private void leave(Waiter me) {
        lock.lock();
        try {
            leaveLocked(me);
        } finally {
            lock.unlock();
        }
    }

    /** The waiter gives up: out of the line, or, if a permit reached it meanwhile, that permit goes on. */
    private void leaveLocked(Waiter me) {
        if (me.granted) {
            me.granted = false;
            me.permit.passOnLocked();
        } else if (line.remove(me)) {
            renumber();
        }
    }

    /** A permit comes back: straight to the head of the line, or to the free ones if nobody waits. */
    private void releaseLocked() {
        Waiter next = line.pollFirst();
        if (next == null) {
            free++;
            return;
        }
        next.granted = true;
        next.permit = grant();
        next.wakeUp.signal();
        renumber();
    }

    /** A permit handed out now: its holder counts for the estimates until it is given back. */
    private LocalPermit grant() {
        LocalPermit permit = new LocalPermit();
        holders.add(permit);
        return permit;
    }

    /**
     * The estimated wait at {@code position}: {@link RunTimes#estimate} rounds of the mean run time,
     * less what the run whose end starts the caller's round has already done.
     */
    private long estimate(int position) {
        long estimate = runTimes.estimate(position, definition.permits());
        if (estimate < 0 || holders.isEmpty()) {
            return estimate;
        }
        long now = System.nanoTime();
        long[] elapsed = new long[holders.size()];
        for (int i = 0; i < elapsed.length; i++) {
            elapsed[i] = TimeUnit.NANOSECONDS.toMillis(now - holders.get(i).grantedAt);
        }
        Arrays.sort(elapsed); // the longest-running ends first: it is at the end
        int turn = (position - 1) % definition.permits();
        if (turn >= elapsed.length) {
            return estimate;
        }
        return estimate - Math.min(runTimes.mean(), elapsed[elapsed.length - 1 - turn]);
    }

    /** Everyone behind a waiter that left moved up one place: wake those who may report it now. */
    private void renumber() {
        int position = 1;
        for (Iterator<Waiter> it = line.iterator(); it.hasNext(); position++) {
            Waiter waiter = it.next();
            waiter.position = position;
            if (!waiter.throttled && waiter.position != waiter.reported) {
                waiter.wakeUp.signal();
            }
        }
    }

    /** One caller in line. Guarded by the limiter's lock. */
    private static final class Waiter {
        final Condition wakeUp;
        LocalPermit permit;
        int position;
        int reported;
        long lastReport;
        boolean granted;
        /** Asleep with a deadline for its next report: no need to wake it for a move. */
        boolean throttled;

        Waiter(Condition wakeUp, int position) {
            this.wakeUp = wakeUp;
            this.position = position;
            this.lastReport = System.nanoTime() - Long.MAX_VALUE / 2; // the first place is reported at once
        }
    }

    /** A held permit: closing it records the run's duration and gives the permit back, once. */
    private final class LocalPermit implements Permit {
        private final long grantedAt = System.nanoTime();
        private final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                runTimes.record(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - grantedAt));
                lock.lock();
                try {
                    holders.remove(this);
                    releaseLocked();
                } finally {
                    lock.unlock();
                }
            }
        }

        /** Handed to a waiter that gave up at that moment: it goes on to the next, with no run recorded. */
        void passOnLocked() {
            if (closed.compareAndSet(false, true)) {
                holders.remove(this);
                releaseLocked();
            }
        }
    }
}
