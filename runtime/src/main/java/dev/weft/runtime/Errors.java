package dev.weft.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Small helpers for reporting failures. */
final class Errors {

    private Errors() {}

    static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
