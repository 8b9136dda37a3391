package dev.weft.runtime.session;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * The one thread of the server that asks running fragments ({@link LiveRun}) whether their output so
 * far is due to be sent, every {@value #TICK_MILLIS} ms while any is registered, and sleeps
 * otherwise.
 *
 * <p>Why one clock rather than a timer per run: a run registers with a lock-free queue on its first
 * drawing, which costs a fast run almost nothing (no timer to arm and cancel, no thread to wake
 * while the clock is ticking anyway); a run that has ended is dropped at the next tick.
 */
final class LiveClock {

    /** The server's clock. */
    static final LiveClock INSTANCE = new LiveClock();

    /** How often registered runs are asked; a partial message is late by at most this much. */
    static final long TICK_MILLIS = 10;

    private static final Logger LOG = Logger.getLogger(LiveClock.class);

    private final Queue<LiveRun> runs = new ConcurrentLinkedQueue<>();
    private volatile Thread thread;
    private volatile boolean idle;

    private LiveClock() {}

    /** Starts asking {@code run} until it has ended. */
    void add(LiveRun run) {
        runs.add(run);
        Thread clock = thread;
        if (clock == null) {
            start();
        } else if (idle) {
            LockSupport.unpark(clock);
        }
    }

    /** Started on first use, not when the class is initialized (which a native image may do at build time). */
    private synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().name("weft-live-clock").daemon(true).start(this::loop);
        }
    }

    private void loop() {
        while (true) {
            if (runs.isEmpty()) {
                idle = true;
                if (runs.isEmpty()) { // re-checked after idle is set: add() then unparks us
                    LockSupport.park(this);
                }
                idle = false;
                continue;
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.nanoTime();
            try {
                runs.removeIf(run -> !run.tick(now));
            } catch (RuntimeException e) {
                LOG.error("Weft could not send a running fragment's output", e);
            }
        }
    }
}
