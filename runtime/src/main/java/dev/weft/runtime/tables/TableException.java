package dev.weft.runtime.tables;

import dev.weft.runtime.wire.ErrorCode;

/**
 * A table could not answer: a query failed ({@link ErrorCode#TABLE_FAILED}), or the page asked for is
 * past the last one of the rows a view matches ({@link ErrorCode#BAD_PAGE}). The message says why, for
 * the user.
 */
public final class TableException extends RuntimeException {

    private final ErrorCode code;

    public TableException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
