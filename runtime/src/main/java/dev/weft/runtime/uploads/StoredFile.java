package dev.weft.runtime.uploads;

import dev.weft.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload the server has checked and keeps in its upload directory, for one file uploader of one
 * session ({@link SessionUploads}). Equal to another only if it is the same upload.
 *
 * @param id unguessable, unique on this server
 * @param sequence when it arrived within its session: later uploads have higher numbers
 */
public record StoredFile(String id, String name, String type, long size, Path path, long sequence)
        implements UploadedFile {

    @Override
    public byte[] bytes() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw gone(e);
        }
    }

    @Override
    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw gone(e);
        }
    }

    private UncheckedIOException gone(IOException e) {
        return new UncheckedIOException(
                "The upload '" + name + "' can no longer be read: it was replaced or removed, or its session ended.",
                e);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFile file && id.equals(file.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + type + ", " + size + " bytes)";
    }
}
