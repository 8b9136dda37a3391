package dev.weft.runtime.session;

import dev.weft.OnRerun;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides what runs when along an app's dependency graph: which fragments are due, which may start
 * now (in parallel, or one at a time in declaration order), when a newer run supersedes an older
 * one, and which dependents rerun after a result changed.
 *
 * <p>A fragment runs when it is dirty (never run, its widget changed, its timer fired, or an input's
 * result changed) and none of its inputs still has to compute. Parallel fragments start as soon as
 * that holds; the others take turns, one at a time, in declaration order. A newer run of a fragment
 * supersedes an older one: the generation moves on, so whatever the older run still reports is
 * dropped (unless the fragment's {@link OnRerun} policy has it wait for the older one, or run beside it). When a run's result is not {@code equals} to the previous one, the fragments that take it
 * rerun; an unchanged result stops there. A fragment whose input failed does not run: it fails in
 * turn, and so do its own dependents.
 *
 * <p>The scheduler only decides; what a run does (its thread, its canvas, what the browser is sent)
 * belongs to its owner, through {@link Runs}. Not thread-safe: its owner calls every method under
 * one lock, the same lock under which it calls {@link #finished} and {@link #tick}.
 */
final class Scheduler {

    /** What the owner does when the scheduler decides. Called under the owner's lock. */
    interface Runs {

        /**
         * Starts run {@code gen} of {@code slot}; the owner reports its end with {@link #finished} (unless
         * it is superseded first).
         */
        void start(Slot slot, long gen);

        /** Run {@code gen} of {@code slot} will not happen because {@code input} failed: show so. */
        void inputFailed(Slot slot, Slot input, long gen);

        /** Whether the session's user may run {@code slot}'s fragment (its roles allow it). */
        default boolean allowed(Slot slot) {
            return true;
        }

        /** Run {@code gen} of {@code slot} will not happen because its user may not run it: show so. */
        default void notAllowed(Slot slot, long gen) {}

        /** {@code slot} is due to rerun once its inputs settle: its content is stale. */
        void stale(Slot slot, long nextGen);

        /**
         * The active run of {@code slot} is superseded: stop it and drop its live output (or, for a
         * {@link OnRerun#BESIDE} fragment, let it run on, its output dropped).
         */
        void superseded(Slot slot);

        /** Whether {@code slot} must not start now even though it could (a limited run of an absent tab). */
        boolean heldBack(Slot slot);

        /** A round of decisions is over: whoever waits for the scheduler to be {@link #idle} may look again. */
        void decided();
    }

    private final Slot[] slots;
    private final Runs runs;
    private final List<AutoCloseable> timers = new ArrayList<>();
    private Slot sequentialRunning;
    private boolean closed;

    Scheduler(Slot[] slots, Runs runs) {
        this.slots = slots;
        this.runs = runs;
    }

    /**
     * Marks every fragment due and starts the timers of those with {@code runEvery}; each tick calls
     * {@link #tick} under {@code lock}.
     */
    void start(Timers clock, Object lock) {
        for (Slot slot : slots) {
            slot.dirty = true;
            long every = slot.fragment.runEveryMillis();
            if (every > 0) {
                timers.add(clock.every(every, () -> {
                    synchronized (lock) {
                        tick(slot);
                    }
                }));
            }
        }
        pump();
    }

    /** A timer fired: the fragment reruns, unless it still runs (or waits to), when the tick is skipped. */
    void tick(Slot slot) {
        if (closed || slot.dirty || slot.running() || !runs.allowed(slot)) {
            return; // a section its user may not see says so once, not at every tick
        }
        slot.dirty = true;
        pump();
    }

    /** The fragment of {@code slot} must rerun (a widget of it changed); a run in progress is superseded. */
    void rerun(Slot slot) {
        invalidate(slot);
        pump();
    }

    /**
     * Marks a slot to rerun. A run in progress is superseded at once, or left to finish first ({@link
     * OnRerun#WAIT}: the slot reruns after it), or left to run on beside the newer one ({@link
     * OnRerun#BESIDE}: its output no longer counts).
     */
    void invalidate(Slot slot) {
        slot.dirty = true;
        if (slot.active && slot.fragment.onRerun() != OnRerun.WAIT) {
            runs.superseded(slot);
            slot.active = false;
            slot.runner = null;
            slot.generation++; // the superseded run's generation is dead: its output will be dropped
            if (sequentialRunning == slot) {
                sequentialRunning = null;
            }
        }
    }

    /** Whether run {@code gen} of {@code slot} is the current one: not superseded, and the session open. */
    boolean current(Slot slot, long gen) {
        return !closed && slot.generation == gen;
    }

    /**
     * Run {@code gen} of {@code slot} has ended; false if it was superseded (or the session closed), and
     * its output must be dropped. The owner then shows the output and calls {@link #settle}.
     */
    boolean ended(Slot slot, long gen) {
        if (!current(slot, gen)) {
            return false;
        }
        slot.active = false;
        slot.runner = null;
        if (sequentialRunning == slot) {
            sequentialRunning = null;
        }
        return true;
    }

    /**
     * Records the outcome of a slot's run that has {@link #ended}; if it differs from the last one, the
     * fragments that take it must rerun. Then starts whatever may start now.
     */
    void settle(Slot slot, Object result, boolean failed) {
        record(slot, result, failed);
        pump();
    }

    /** Shorthand for a run that ended and is shown at once: {@link #ended} then {@link #settle}. */
    boolean finished(Slot slot, long gen, Object result, boolean failed) {
        if (!ended(slot, gen)) {
            return false;
        }
        settle(slot, result, failed);
        return true;
    }

    /** Whether nothing runs or is due to run. */
    boolean idle() {
        if (closed) {
            return true;
        }
        for (Slot slot : slots) {
            if (slot.dirty || slot.running()) {
                return false;
            }
        }
        return true;
    }

    /** Starts every due fragment whose inputs have settled, in declaration order. */
    void pump() {
        if (closed) {
            return;
        }
        // Failing a slot for its input settles it at once, which can free slots declared before it.
        boolean settledSome;
        do {
            settledSome = false;
            for (Slot slot : slots) {
                if (!slot.dirty || slot.running() || !slot.inputsReady() || runs.heldBack(slot)) {
                    continue;
                }
                Slot failedInput = slot.failedInput();
                if (!runs.allowed(slot)) {
                    // Checked before a failed input: a dependent of a section its user may not see
                    // may not be seen either (the processor sees to that), and says so.
                    slot.dirty = false;
                    slot.waitAnnounced = false;
                    runs.notAllowed(slot, ++slot.generation);
                    record(slot, null, true);
                    settledSome = true;
                } else if (failedInput != null) {
                    slot.dirty = false;
                    slot.waitAnnounced = false;
                    runs.inputFailed(slot, failedInput, ++slot.generation);
                    record(slot, null, true);
                    settledSome = true;
                } else if (slot.fragment.parallel()) {
                    begin(slot);
                } else if (sequentialRunning == null) {
                    sequentialRunning = slot;
                    begin(slot);
                }
            }
        } while (settledSome);
        announceStale();
        runs.decided();
    }

    /** Stops the timers; nothing starts any more, and no later outcome is recorded. */
    List<AutoCloseable> close() {
        closed = true;
        List<AutoCloseable> stopped = List.copyOf(timers);
        timers.clear();
        return stopped;
    }

    private void begin(Slot slot) {
        slot.dirty = false;
        slot.waitAnnounced = false;
        slot.active = true;
        runs.start(slot, ++slot.generation);
    }

    /** Tells the owner which slots will rerun once their inputs settle. */
    private void announceStale() {
        for (Slot slot : slots) {
            // A slot still running (one that waits for its run, OnRerun.WAIT) is not announced: the
            // announcement's newer generation would hide the drawing that run is about to show.
            if (slot.dirty && !slot.waitAnnounced && slot.settled && !slot.active) {
                slot.waitAnnounced = true;
                runs.stale(slot, slot.generation + 1);
            }
        }
    }

    private void record(Slot slot, Object result, boolean failed) {
        boolean changed = !slot.settled || failed != slot.failed || !Objects.equals(result, slot.result);
        slot.settled = true;
        slot.result = result;
        slot.failed = failed;
        if (changed) {
            slot.dependents.forEach(this::invalidate);
        }
    }
}
