package dev.weft.runtime.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.uploads.FileTypes;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.uploads.StoredFile;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.widgets.UploadWidgets;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Receives one upload's body on the request's event loop, the Vert.x way: paused until the file it goes
 * to is open, written as it arrives with back-pressure (paused while the file's write queue is full),
 * counted against the uploader's limit as it arrives (a file larger than announced, or sent without a
 * length, is cut off at the limit), and against the session's quota. A refused or failed upload leaves
 * nothing behind.
 */
final class UploadReceiver {

    private static final Logger LOG = Logger.getLogger(UploadReceiver.class);

    private final RoutingContext context;
    private final HttpServerRequest request;
    private final Uploads uploads;
    private final UploadWidgets.FileUploader uploader;
    private final SessionUploads store;
    private final String name;
    private final String declared;
    private final long length;
    private final byte[] head = new byte[FileTypes.HEAD];
    private int headLength;
    private long received;
    private long reserved;
    private SessionUploads.Room shortfall = SessionUploads.Room.FITS;
    private Path path;
    private AsyncFile file;
    private boolean fileClosed;
    private boolean done;

    UploadReceiver(
            RoutingContext context,
            Uploads uploads,
            UploadWidgets.FileUploader uploader,
            String name,
            String declared,
            long length) {
        this.context = context;
        this.request = context.request();
        this.uploads = uploads;
        this.uploader = uploader;
        this.store = uploader.store();
        this.name = name;
        this.declared = declared;
        this.length = length;
    }

    /** Stores the body as the uploader's new file, if it passes every check. */
    void receive() {
        if (length >= 0 && !reserve(length)) {
            discard(413, shortfallCode(), overQuota());
            return;
        }
        if (context.body() != null && context.body().available()) {
            receiveRead(context.body().buffer());
            return;
        }
        request.pause();
        path = uploads.newFile();
        context.vertx()
                .fileSystem()
                .open(path.toString(), new OpenOptions().setWrite(true).setCreateNew(true))
                .onFailure(this::failed)
                .onSuccess(opened -> {
                    file = opened;
                    continueIfAsked();
                    request.handler(this::chunk).endHandler(end -> finish()).exceptionHandler(this::failed);
                    request.resume();
                });
    }

    /**
     * Reads and drops the body, then refuses the upload: a browser sees the answer reliably only once it
     * has sent its body. A body over the uploader's limit is not waited for.
     */
    void discard(int status, String code, String message) {
        done = true;
        release();
        if (context.body() != null && context.body().available()) {
            UploadHandler.reply(context, status, code, message, false);
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            UploadHandler.reply(context, status, code, message, true); // the client has not sent the body
            return;
        }
        request.handler(buffer -> {
                    received += buffer.length();
                    if (received > uploader.maxBytes()) {
                        UploadHandler.reply(context, status, code, message, true);
                    }
                })
                .endHandler(end -> UploadHandler.reply(context, status, code, message, false))
                .exceptionHandler(failure -> LOG.debugf(failure, "Upload of %s ended early", name));
        request.resume();
    }

    /** A body a Quarkus body handler has already read (when an extension installs one). */
    private void receiveRead(Buffer body) {
        received = body.length();
        if (received > uploader.maxBytes()) {
            refuse(413, "too_large", UploadRules.tooLarge(name, received, uploader), false);
            return;
        }
        if (length < 0 && !reserve(received)) {
            refuse(413, shortfallCode(), overQuota(), false);
            return;
        }
        keepHead(body);
        path = uploads.newFile();
        context.vertx()
                .fileSystem()
                .writeFile(path.toString(), body)
                .onFailure(this::failed)
                .onSuccess(written -> stored());
    }

    private void chunk(Buffer buffer) {
        if (done) {
            return;
        }
        received += buffer.length();
        if (received > uploader.maxBytes()) {
            refuse(413, "too_large", tooLarge(), true);
            return;
        }
        if (length < 0 && !reserve(buffer.length())) {
            refuse(413, shortfallCode(), overQuota(), true);
            return;
        }
        keepHead(buffer);
        file.write(buffer);
        if (file.writeQueueFull()) {
            request.pause();
            file.drainHandler(drained -> {
                if (!done) {
                    request.resume();
                }
            });
        }
    }

    private void finish() {
        if (done) {
            return;
        }
        fileClosed = true;
        file.close().onFailure(this::failed).onSuccess(closed -> stored());
    }

    /** The whole body is in its file: check its first bytes, then keep it. */
    private void stored() {
        if (done) {
            return;
        }
        if (!FileTypes.contentMatches(name, Arrays.copyOf(head, headLength))) {
            refuse(415, "bad_type", FileTypes.notItsFormat(name), false);
            return;
        }
        done = true;
        StoredFile kept = store.add(uploader.token(), name, FileTypes.typeOf(name, declared), received, path);
        if (kept == null) {
            uploads.delete(List.of(path));
            UploadHandler.reply(context, 404, "unknown_upload", "This uploader is no longer on the page.", false);
            return;
        }
        ObjectNode body = JsonNodeFactory.instance
                .objectNode()
                .put("id", kept.id())
                .put("name", kept.name())
                .put("size", kept.size())
                .put("type", kept.type());
        UploadHandler.respond(context, 200, body, false);
    }

    private void refuse(int status, String code, String message, boolean close) {
        done = true;
        release();
        removeFile();
        UploadHandler.reply(context, status, code, message, close);
    }

    private void failed(Throwable failure) {
        if (done) {
            return;
        }
        LOG.debugf(failure, "Upload of %s failed", name);
        refuse(500, "failed", "The upload of '" + name + "' failed: " + failure.getMessage(), true);
    }

    private void removeFile() {
        if (file != null && !fileClosed) {
            fileClosed = true;
            file.close().onComplete(closed -> deleteFile());
        } else {
            deleteFile();
        }
    }

    private void deleteFile() {
        if (path != null) {
            context.vertx().fileSystem().delete(path.toString()).onFailure(gone -> {});
        }
    }

    private void continueIfAsked() {
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
    }

    private boolean reserve(long bytes) {
        shortfall = store.reserve(bytes);
        if (shortfall != SessionUploads.Room.FITS) {
            return false;
        }
        reserved += bytes;
        return true;
    }

    private void release() {
        store.release(reserved);
        reserved = 0;
    }

    private void keepHead(Buffer buffer) {
        int take = Math.min(head.length - headLength, buffer.length());
        if (take > 0) {
            buffer.getBytes(0, take, head, headLength);
            headLength += take;
        }
    }

    private String tooLarge() {
        return UploadRules.tooLarge(name, -1, uploader);
    }

    private String shortfallCode() {
        return UploadRules.shortfallCode(shortfall);
    }

    private String overQuota() {
        return UploadRules.noRoom(shortfall, name, uploads, store.used() - reserved);
    }
}
