package dev.weft;

/**
 * Thrown by a {@link Limited} call that could not get a permit: the line was full, the wait timed
 * out, or the shared limit could not be reached. Shown in the fragment's slot like any other
 * exception; nothing else in the session is affected.
 */
public class LimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a call got no permit. */
    public enum Reason {
        /** {@link Limited#queue()} callers were already waiting: try again in a moment. */
        BUSY,
        /** The caller waited longer than {@link Limited#timeout()}. */
        TIMED_OUT,
        /** A {@link Limited.Scope#CLUSTER cluster} limit's Redis could not be reached. */
        UNAVAILABLE
    }

    private final String group;
    private final Reason reason;

    /**
     * @param group the group's name
     * @param reason why no permit was given
     * @param message what the user is told, for example "Busy: 32 callers are waiting for 'gpu'. Try
     *     again in a moment."
     */
    public LimitedException(String group, Reason reason, String message) {
        super(message);
        this.group = group;
        this.reason = reason;
    }

    /**
     * @param cause what made the limit unreachable
     */
    public LimitedException(String group, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.group = group;
        this.reason = reason;
    }

    /** The group's name. */
    public String group() {
        return group;
    }

    /** Why no permit was given. */
    public Reason reason() {
        return reason;
    }
}
