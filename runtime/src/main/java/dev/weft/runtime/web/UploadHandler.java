package dev.weft.runtime.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.session.Sessions;
import dev.weft.runtime.uploads.FileTypes;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.uploads.Sizes;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.widgets.WidgetSpec;
import io.quarkus.arc.Arc;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The upload endpoint, {@code POST /_weft/upload/<token>}: the body is the file, its name URL-encoded in
 * {@value #NAME_HEADER}, its type in {@code Content-Type}. The token, issued with the uploader, names
 * the session and the uploader; the file is checked against the uploader as drawn (disabled, type,
 * size, the session's quota), streamed to the upload directory with a hard size limit ({@link
 * UploadReceiver}), its first bytes checked against its extension, and kept. The reply is the stored
 * file as JSON, or an error {@code {"code", "message"}}; the browser then sends the uploader's new
 * value, the files' ids, over the WebSocket.
 *
 * <p>Quarkus's own body limit ({@code quarkus.http.limits.max-body-size}) runs before this handler, as
 * for every route.
 */
public final class UploadHandler implements Handler<RoutingContext> {

    /** The header carrying the file's name, URL-encoded (JavaScript's {@code encodeURIComponent}). */
    static final String NAME_HEADER = "X-Weft-File-Name";

    private static final int MAX_NAME = 255;

    private volatile Uploads uploads;
    private volatile OriginCheck origins;
    private volatile Sessions sessions;

    @Override
    public void handle(RoutingContext context) {
        if (uploads == null) {
            uploads = Arc.container().instance(Uploads.class).get();
            origins = Arc.container().instance(OriginCheck.class).get();
            sessions = Arc.container().instance(Sessions.class).get();
        }
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            reply(context, 405, "method_not_allowed", "Upload a file with POST.", true);
            return;
        }
        if (!origins.permitted(request)) {
            reply(context, 403, "forbidden_origin", "Uploads are accepted from this app's own pages only.", true);
            return;
        }
        SessionUploads.Target target = uploads.target(context.pathParam("token"));
        WidgetSpec drawn = target == null
                ? null
                : sessions.byId(target.store().sessionId())
                        .map(session -> session.drawnWidget(target.slot(), target.widgetId()))
                        .orElse(null);
        if (!(drawn instanceof UploadWidgets.FileUploader uploader)
                || !uploader.store().equals(target.store())) {
            reply(
                    context,
                    404,
                    "unknown_upload",
                    "This uploader is no longer on the page, or its session has ended. Reload the page.",
                    true);
            return;
        }
        if (uploader.disabled()) {
            reply(context, 403, "disabled", UploadRules.disabled(uploader), true);
            return;
        }
        String name = fileName(request.getHeader(NAME_HEADER));
        long length = length(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (name == null || length < -1) {
            reply(
                    context,
                    400,
                    "bad_request",
                    "Send the file as the body, its name URL-encoded in the " + NAME_HEADER + " header (at most "
                            + MAX_NAME + " characters).",
                    true);
            return;
        }
        if (length > uploader.maxBytes()) {
            reply(
                    context,
                    413,
                    "too_large",
                    "'" + name + "' is " + Sizes.describe(length) + "; '" + uploader.label() + "' takes files up to "
                            + Sizes.describe(uploader.maxBytes()) + ".",
                    true);
            return;
        }
        String declared = FileTypes.declared(request.getHeader(HttpHeaders.CONTENT_TYPE));
        String refusal = FileTypes.refusal(uploader.label(), uploader.types(), name, declared);
        UploadReceiver receiver = new UploadReceiver(context, uploads, uploader, name, declared, length);
        if (refusal != null) {
            receiver.discard(415, "bad_type", refusal);
        } else {
            receiver.receive();
        }
    }

    /** The file's name from its header, without any directory, or null if missing or unusable. */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String name;
        try {
            name = URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.equals(".") || name.equals("..")) {
            return null;
        }
        return name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) ? null : name;
    }

    /** The declared length: -1 when absent, -2 when malformed. */
    private static long length(String header) {
        if (header == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(header.strip());
            return length >= 0 ? length : -2;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    /**
     * Answers with an error as JSON. With {@code close}, the connection closes after the answer: the
     * rest of a body that will not be read is not waited for (as Quarkus does for its body limit).
     */
    static void reply(RoutingContext context, int status, String code, String message, boolean close) {
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("code", code).put("message", message);
        respond(context, status, body, close);
    }

    static void respond(RoutingContext context, int status, ObjectNode body, boolean close) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (close) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response()
                    .endHandler(ended -> context.request().connection().close());
        }
        context.response().end(body.toString());
    }
}
