package dev.weft.runtime.streams;

/** A publisher read by {@code ui.writeStream} failed; its failure is the cause. */
public final class StreamFailedException extends RuntimeException {

    StreamFailedException(Throwable cause) {
        super("The streamed text failed: " + cause.getMessage(), cause);
    }
}
