package dev.weft.runtime.web;

import dev.weft.runtime.uploads.FileTypes;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.uploads.Sizes;
import dev.weft.runtime.uploads.StoredFile;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.widgets.WidgetChecks;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The refusals of an upload, worded once for the upload endpoint and the test harness, and the
 * harness's way in: a file stored through the same checks as an upload over HTTP.
 */
public final class UploadRules {

    private UploadRules() {}

    /** @param size the file's size, or -1 when it is not known (only that it is too large) */
    static String tooLarge(String name, long size, UploadWidgets.FileUploader uploader) {
        String limit = Sizes.describe(uploader.maxBytes());
        return size >= 0
                ? "'" + name + "' is " + Sizes.describe(size) + "; '" + uploader.label() + "' takes files up to "
                        + limit + "."
                : "'" + name + "' is larger than '" + uploader.label() + "' takes: files up to " + limit + ".";
    }

    static String overQuota(String name, Uploads uploads, long alreadyUsed) {
        return "'" + name + "' does not fit: this session's uploads may take " + Sizes.describe(uploads.sessionQuota())
                + " at most, and already take " + Sizes.describe(alreadyUsed) + ". Remove a file first.";
    }

    /** The refusal of a file the session's quota or the server's total has no room for. */
    static String noRoom(SessionUploads.Room shortfall, String name, Uploads uploads, long alreadyUsed) {
        return shortfall == SessionUploads.Room.SERVER_FULL
                ? serverFull(name, uploads)
                : overQuota(name, uploads, alreadyUsed);
    }

    /** The error code of a refusal for want of room: {@code quota} or {@code server_full}. */
    static String shortfallCode(SessionUploads.Room shortfall) {
        return shortfall == SessionUploads.Room.SERVER_FULL ? "server_full" : "quota";
    }

    static String serverFull(String name, Uploads uploads) {
        return "'" + name + "' cannot be taken now: this server's uploads from all sessions may take "
                + Sizes.describe(uploads.maxTotal()) + " at most, and that is reached. Try again later.";
    }

    static String disabled(UploadWidgets.FileUploader uploader) {
        return "'" + uploader.label() + "' is disabled.";
    }

    /**
     * Stores a file for {@code uploader} as an upload over HTTP would, with the same checks; for the
     * test harness, on the test's thread.
     *
     * @throws ProtocolException ({@code bad_value} or {@code disabled}) with the endpoint's message
     */
    public static StoredFile store(UploadWidgets.FileUploader uploader, String name, String type, byte[] content)
            throws ProtocolException {
        if (uploader.disabled()) {
            throw new ProtocolException(ErrorCode.DISABLED, disabled(uploader));
        }
        String fileName = UploadHandler.fileName(name);
        if (fileName == null) {
            throw WidgetChecks.bad("'" + name + "' is not a usable file name.");
        }
        if (content.length > uploader.maxBytes()) {
            throw WidgetChecks.bad(tooLarge(fileName, content.length, uploader));
        }
        String declared = FileTypes.declared(type);
        String refusal = FileTypes.refusal(uploader.label(), uploader.types(), fileName, declared);
        if (refusal == null
                && !FileTypes.contentMatches(
                        fileName, Arrays.copyOf(content, Math.min(content.length, FileTypes.HEAD)))) {
            refusal = FileTypes.notItsFormat(fileName);
        }
        if (refusal != null) {
            throw WidgetChecks.bad(refusal);
        }
        SessionUploads store = uploader.store();
        Uploads uploads = store.server();
        SessionUploads.Room room = store.reserve(content.length);
        if (room != SessionUploads.Room.FITS) {
            throw WidgetChecks.bad(noRoom(room, fileName, uploads, store.used()));
        }
        Path path = uploads.newFile();
        try {
            Files.write(path, content);
        } catch (IOException e) {
            store.release(content.length);
            throw new UncheckedIOException(e);
        }
        StoredFile file =
                store.add(uploader.token(), fileName, FileTypes.typeOf(fileName, declared), content.length, path);
        if (file == null) {
            uploads.delete(List.of(path));
            throw new ProtocolException(ErrorCode.UNKNOWN_WIDGET, "'" + uploader.label() + "' is no longer drawn.");
        }
        return file;
    }
}
