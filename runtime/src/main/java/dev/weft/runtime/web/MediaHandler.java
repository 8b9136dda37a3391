package dev.weft.runtime.web;

import dev.weft.runtime.media.MediaStore;
import dev.weft.runtime.media.SessionMedia;
import io.quarkus.arc.Arc;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code GET /_weft/media/<key>/<id>}: a session's image or download ({@link SessionMedia}),
 * or 404 for a key or id that is unknown or has expired. Every answer forbids scripts and sniffing,
 * so an SVG opened on its own is an inert picture too.
 */
final class MediaHandler implements Handler<RoutingContext> {

    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    private volatile MediaStore store;

    @Override
    public void handle(RoutingContext context) {
        if (store == null) {
            store = Arc.container().instance(MediaStore.class).get();
        }
        String rest = context.normalizedPath().substring(MediaStore.PATH.length());
        int slash = rest.indexOf('/');
        SessionMedia.Item item = slash < 0 ? null : store.find(rest.substring(0, slash), rest.substring(slash + 1));
        var response = context.response()
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Security-Policy", POLICY)
                .putHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (item == null) {
            response.setStatusCode(404)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, item.mimeType())
                .putHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .putHeader("Content-Disposition", disposition(item));
        if (context.request().method().name().equals("HEAD")) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(item.data().length))
                    .end();
        } else {
            response.end(Buffer.buffer(item.data()));
        }
    }

    /** {@code attachment} with the file name (ASCII fallback and RFC 5987 UTF-8), or {@code inline}. */
    static String disposition(SessionMedia.Item item) {
        if (!item.attachment()) {
            return "inline";
        }
        return attachment(item.fileName());
    }

    /** {@code attachment} with the file name as an ASCII fallback and as RFC 5987 UTF-8. */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
