package dev.weft;

/**
 * A spinner drawn by {@link Ui#spinner(String)}: shown while it is open, gone once closed. Use it
 * with try-with-resources; closing it twice is harmless.
 */
public interface Spinner extends AutoCloseable {

    /** Removes the spinner from the slot. */
    @Override
    void close();
}
