package dev.weft.runtime;

/** An incoming message the server refuses; becomes an {@code error} reply. */
final class ProtocolException extends Exception {

    private final ErrorCode code;

    ProtocolException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
