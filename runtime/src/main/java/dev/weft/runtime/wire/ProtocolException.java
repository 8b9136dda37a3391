package dev.weft.runtime.wire;

/**
 * An incoming message the server refuses; becomes an {@code error} reply, which names the widget it
 * is about when there is one.
 */
public final class ProtocolException extends Exception {

    private final ErrorCode code;
    private final String slot;
    private final String widget;

    public ProtocolException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    private ProtocolException(ErrorCode code, String message, String slot, String widget) {
        super(message, null, false, false);
        this.code = code;
        this.slot = slot;
        this.widget = widget;
    }

    public ErrorCode code() {
        return code;
    }

    /** The slot of the widget the refusal is about, or null. */
    String slot() {
        return slot;
    }

    /** The id of the widget the refusal is about, or null. */
    String widget() {
        return widget;
    }

    /** The same refusal, about the widget {@code widget} of {@code slot}. */
    public ProtocolException about(String slot, String widget) {
        return new ProtocolException(code, getMessage(), slot, widget);
    }
}
