package dev.weft.runtime.session;

import dev.weft.runtime.ui.Canvas;
import dev.weft.runtime.uploads.SessionUploads;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A fragment run whose output so far is sent while it goes on: the run's {@link Canvas} tells it of
 * every change, and the {@link LiveClock} asks it, every few milliseconds, whether a partial {@code
 * slot} message is due.
 *
 * <p>The throttle: a partial message is sent only when the canvas changed since the last one, no
 * sooner than {@code interval} after the run first drew something (so a run that ends sooner sends
 * none, and costs no more than registering with the clock; nor does one that works a while, then
 * draws everything at once), and at most one per {@code interval}. The message
 * itself is built and sent by {@code flush} on the session's executor, which checks under the
 * session's lock that the run is still current: a superseded or finished run never sends one.
 */
public final class LiveRun implements Runnable {

    private final Canvas canvas;
    private final long intervalNanos;
    private final Executor executor;
    private final Consumer<LiveRun> flush;

    // Guarded by this.
    private long changes;
    private long flushedChanges;
    private long notBefore;
    private boolean registered;
    private boolean flushing;
    private boolean ended;

    /**
     * @param values the widget values the run starts with
     * @param intervalNanos the least time between the run's start and its first partial message, and
     *     between two of them; 0 or less to send none
     * @param executor runs {@code flush}
     * @param flush sends the run's output so far, if the run is still current
     */
    LiveRun(Map<String, Object> values, long intervalNanos, Executor executor, Consumer<LiveRun> flush) {
        this(values, null, null, intervalNanos, executor, flush);
    }

    /**
     * @param values the widget values the run starts with
     * @param uploads the session's uploads, for file uploaders (null: none can be drawn)
     * @param slot the fragment the run belongs to
     * @param intervalNanos the least time between the run's start and its first partial message, and
     *     between two of them; 0 or less to send none
     * @param executor runs {@code flush}
     * @param flush sends the run's output so far, if the run is still current
     */
    LiveRun(
            Map<String, Object> values,
            SessionUploads uploads,
            String slot,
            long intervalNanos,
            Executor executor,
            Consumer<LiveRun> flush) {
        this.canvas = new Canvas(values, this, uploads, slot);
        this.intervalNanos = intervalNanos;
        this.executor = executor;
        this.flush = flush;
    }

    /** What the run draws on. */
    Canvas canvas() {
        return canvas;
    }

    /** The canvas changed (called under its lock). */
    @Override
    public void run() {
        boolean register;
        synchronized (this) {
            changes++;
            register = !registered && !ended && intervalNanos > 0;
            if (register) {
                registered = true;
                notBefore = System.nanoTime() + intervalNanos;
            }
        }
        if (register) {
            LiveClock.INSTANCE.add(this);
        }
    }

    /** The run ended or was superseded: nothing more is sent for it. */
    void end() {
        synchronized (this) {
            ended = true;
        }
    }

    /** Called by the clock: starts a flush if one is due. Returns false once the run has ended. */
    boolean tick(long now) {
        synchronized (this) {
            if (ended) {
                return false;
            }
            if (flushing || changes == flushedChanges || now - notBefore < 0) {
                return true;
            }
            flushing = true;
            flushedChanges = changes;
        }
        try {
            executor.execute(this::flush);
            return true;
        } catch (RejectedExecutionException closed) {
            end();
            return false;
        }
    }

    private void flush() {
        try {
            flush.accept(this);
        } finally {
            synchronized (this) {
                flushing = false;
                notBefore = System.nanoTime() + intervalNanos;
            }
        }
    }
}
