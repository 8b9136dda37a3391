package dev.weft.testing;

/**
 * A streamed text ({@code ui.writeStream}) as a test sees it: its text so far, whether it is still
 * streaming, and its stop control.
 */
public interface StreamView {

    /** The text written so far (all of it, once the stream has ended). */
    String text();

    /** Whether the producer is still being read. */
    boolean streaming();

    /**
     * Presses the stream's stop control, as a browser does: the producer is cancelled and the text
     * stays as it is.
     *
     * @throws IllegalStateException if the stream is not streaming (the server refuses the stop)
     */
    void stop();
}
