package dev.weft.runtime.streams;

/** Where a stream's growth goes: to the browser (if its run is still current) and to its element on the canvas. */
public interface StreamSink {

    /**
     * The text grew: {@code added} was appended at offset {@code at}; {@code text} is all of it now.
     * {@code end} says the stream has ended (done, stopped or failed): nothing more is appended.
     */
    void grew(int at, String added, String text, boolean end);
}
