package dev.weft.runtime.wire;

import dev.weft.LimitedException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Small helpers for reporting failures. */
public final class Errors {

    private Errors() {}

    public static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** A failure in one line: its message, or its type where it has none. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof LimitedException && message != null) {
            return message;
        }
        String type = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
