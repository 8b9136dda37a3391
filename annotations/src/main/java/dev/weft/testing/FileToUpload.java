package dev.weft.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a test uploads through a file uploader: {@code widget("Data").set(FileToUpload.of("sales.csv",
 * "text/csv", bytes))}, or a {@code List} of them for an uploader that takes several. It goes through
 * the same checks as a browser's upload (size, extension, MIME type, content, the session's quota).
 *
 * @param name the file's name, e.g. {@code sales.csv}
 * @param type its MIME type as a browser would send it; empty when unknown
 * @param content its bytes
 */
public record FileToUpload(String name, String type, byte[] content) {

    /** Copies {@code content}, so later changes to the array do not reach the upload. */
    public FileToUpload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        content = content.clone();
    }

    /** A file with this name, MIME type and content. */
    public static FileToUpload of(String name, String type, byte[] content) {
        return new FileToUpload(name, type, content);
    }

    /** The file at {@code path}, with its MIME type as the platform guesses it (empty if it cannot). */
    public static FileToUpload of(Path path) {
        try {
            String type = Files.probeContentType(path);
            return new FileToUpload(path.getFileName().toString(), type == null ? "" : type, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileToUpload file
                && name.equals(file.name)
                && type.equals(file.type)
                && java.util.Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "FileToUpload[" + name + ", " + type + ", " + content.length + " bytes]";
    }
}
