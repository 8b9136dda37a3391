package dev.weft;

import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file the user uploaded through {@link Ui#fileUploader(String, java.util.List, long)}: checked
 * by the server (size, extension, MIME type) and kept for the session until the user replaces or
 * removes it, the uploader is no longer drawn, or the session ends. Read it during the run that
 * received it; once it is gone, {@link #bytes()} and {@link #open()} fail.
 *
 * <p>Two uploaded files are equal when they are the same upload, so a fragment may return one as its
 * result: its dependents rerun when the user uploads another file.
 */
public interface UploadedFile {

    /** The file's name as the user's browser gave it, without any directory (e.g. {@code sales.csv}). */
    String name();

    /** The file's MIME type, e.g. {@code text/csv}; {@code application/octet-stream} when unknown. */
    String type();

    /** The file's size in bytes. */
    long size();

    /**
     * The file's whole content.
     *
     * @throws UncheckedIOException if it can no longer be read (replaced, removed, or the session ended)
     */
    byte[] bytes();

    /**
     * Opens the file's content for reading; close the stream when done.
     *
     * @throws UncheckedIOException if it can no longer be read (replaced, removed, or the session ended)
     */
    InputStream open();
}
