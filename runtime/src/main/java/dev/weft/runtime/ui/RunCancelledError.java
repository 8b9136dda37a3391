package dev.weft.runtime.ui;

/**
 * Thrown by a {@code Ui} call of a run that no longer counts: superseded by a newer run of its
 * fragment, stopped at its time limit, or its session closed. It unwinds the fragment's code from
 * whichever drawing call it was at (a cooperative cancel point, for code that never checks its
 * interrupt), and what the run drew is dropped.
 *
 * <p>An {@link Error}, like the old {@code ThreadDeath}, so that a fragment's {@code catch
 * (Exception e)} does not swallow it and draw on.
 */
public final class RunCancelledError extends Error {

    private static final long serialVersionUID = 1L;

    /** A cancelled run; no stack trace is kept, nobody reads it. */
    public RunCancelledError() {
        super("This run was superseded or stopped.", null, false, false);
    }
}
