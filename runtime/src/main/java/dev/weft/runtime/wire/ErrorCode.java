package dev.weft.runtime.wire;

import java.util.Locale;

/** Why an incoming message was refused; sent as the {@code code} of an {@code error} message. */
public enum ErrorCode {
    BAD_JSON,
    BAD_MESSAGE,
    BAD_VERSION,
    UNKNOWN_TYPE,
    UNKNOWN_APP,
    NO_SESSION,
    TOO_LARGE,
    TOO_MANY_SESSIONS,
    SESSION_IN_USE,
    /** The session asked for belongs to another user (or to a logged-in one, and this is anonymous). */
    SESSION_OF_ANOTHER_USER,
    /** The user may not open this page: not logged in, or without any of its roles. */
    NOT_ALLOWED,
    UNKNOWN_SLOT,
    UNKNOWN_WIDGET,
    BAD_VALUE,
    DISABLED,
    UNKNOWN_TABLE,
    BAD_PAGE,
    UNKNOWN_COLUMN,
    UNKNOWN_ROW,
    TABLE_FAILED,
    /** A stop for a streamed text that is not streaming: unknown, ended, or of an older run. */
    UNKNOWN_STREAM;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
