package dev.weft.examples.confined;

/** A script was stopped before it ended: it ran past the time limit, or its caller had gone. */
public class ScriptStoppedException extends RuntimeException {

    /** With the message the page shows. */
    public ScriptStoppedException(String message) {
        super(message);
    }
}
