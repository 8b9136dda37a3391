package dev.weft.runtime.limits;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.Protocol;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The fragment run a thread is working for, set by the scheduler on the fragment's thread (and by a
 * confined group's thread while it runs that fragment's call): who waits when a {@link
 * dev.weft.Limited} method is called, so that the fragment's slot shows the wait, and whose session
 * a {@link dev.weft.Limited.Scope#SESSION session} limit belongs to.
 *
 * <p>This is not a UI context: nothing is drawn through it, and code that does not wait for a limit
 * never needs it. A thread a fragment starts itself has none, so a limited method called there shows
 * no wait in the slot and cannot use a session limit.
 */
public final class RunContext {

    private static final ThreadLocal<RunContext> CURRENT = new ThreadLocal<>();

    private final Map<String, Limiter> sessionLimiters;
    private final String slot;
    private final long gen;
    private final Consumer<ObjectNode> status;
    private long startedAt;
    private boolean queueShown;
    private final ReentrantLock lines = new ReentrantLock();
    private final Condition outOfLine = lines.newCondition();
    private int inLine; // guarded by lines
    private boolean ended; // guarded by lines

    /**
     * @param sessionLimiters the session's own limiters, for session limits
     * @param status shows a status of this run in its slot (dropped if the run has been superseded)
     * @param startedAt when the run began, until it gets its own permit
     */
    public RunContext(
            Map<String, Limiter> sessionLimiters, String slot, long gen, Consumer<ObjectNode> status, long startedAt) {
        this.sessionLimiters = sessionLimiters;
        this.slot = slot;
        this.gen = gen;
        this.status = status;
        this.startedAt = startedAt;
    }

    /** The run the current thread works for, or null. */
    static RunContext current() {
        return CURRENT.get();
    }

    /** Makes {@code next} the current thread's run and returns the one it replaces. */
    static RunContext swap(RunContext next) {
        RunContext previous = CURRENT.get();
        if (next == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(next);
        }
        return previous;
    }

    /** The limiters of the run's session, by group, for {@link dev.weft.Limited.Scope#SESSION}. */
    Map<String, Limiter> sessionLimiters() {
        return sessionLimiters;
    }

    /** When the run began, or, for a limited fragment, when it got its permit. */
    public synchronized long startedAt() {
        return startedAt;
    }

    /** The waiter for the fragment's own limit: queued while it waits, running once it has its permit. */
    Limiters.Waiter forFragment() {
        return new LineWaiter(true);
    }

    /**
     * The waiter for a limited method the fragment calls: queued while it waits, and back to running
     * (with the run's own start) when the wait ends, however it ends.
     */
    Limiters.Waiter forCall() {
        return new LineWaiter(false);
    }

    /** This run in a line: shows its place; when the wait ends, starts the run or resumes it. */
    private final class LineWaiter implements Limiters.Waiter {

        /** Whether the wait is for the fragment's own permit (the run starts when it is granted). */
        private final boolean fragmentPermit;

        LineWaiter(boolean fragmentPermit) {
            this.fragmentPermit = fragmentPermit;
        }

        @Override
        public void waitStarted() {
            entered();
        }

        @Override
        public void queued(int position, long etaMillis) {
            showQueued(position, etaMillis);
        }

        @Override
        public void waitEnded(boolean granted) {
            left();
            if (!fragmentPermit) {
                resumed();
            } else if (granted) {
                started(System.currentTimeMillis());
            }
        }
    }

    /** The run has ended (or never began): it is in no line. */
    public void ended() {
        lines.lock();
        try {
            ended = true;
            outOfLine.signalAll();
        } finally {
            lines.unlock();
        }
    }

    /**
     * Waits until this run, superseded, is in no line any more: interrupted, it leaves at once, but on
     * its own thread, a moment after the run that replaces it has started.
     */
    void awaitOutOfLine() throws InterruptedException {
        lines.lock();
        try {
            while (inLine > 0 && !ended) {
                outOfLine.await();
            }
        } finally {
            lines.unlock();
        }
    }

    private void entered() {
        lines.lock();
        try {
            inLine++;
        } finally {
            lines.unlock();
        }
    }

    private void left() {
        lines.lock();
        try {
            inLine--;
            outOfLine.signalAll();
        } finally {
            lines.unlock();
        }
    }

    private void showQueued(int position, long etaMillis) {
        synchronized (this) {
            queueShown = true;
        }
        status.accept(Protocol.queued(slot, gen, position, etaMillis));
    }

    private void started(long now) {
        synchronized (this) {
            startedAt = now;
            queueShown = false;
        }
        status.accept(Protocol.running(slot, gen, now));
    }

    private void resumed() {
        long started;
        synchronized (this) {
            if (!queueShown) {
                return;
            }
            queueShown = false;
            started = startedAt;
        }
        status.accept(Protocol.running(slot, gen, started));
    }
}
