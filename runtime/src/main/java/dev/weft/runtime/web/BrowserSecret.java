package dev.weft.runtime.web;

import io.quarkus.websockets.next.HandshakeRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The random secret each browser holds in a cookie, set with the first page it loads. A session
 * belongs to the browser whose secret it was started with, and only a connection that sends the
 * same cookie on its WebSocket upgrade may resume or claim it: a session id alone is not enough.
 *
 * <p>The cookie is {@code HttpOnly}, so the page's scripts (and anything injected into them) never
 * see it. It is {@code SameSite=Lax} rather than {@code Strict}: a page opened from a link on another
 * site would otherwise arrive without it and be given a new secret, and the browser's other tabs
 * could no longer resume their sessions; a WebSocket opened by another site's page, which is not a
 * navigation, never carries it either way. It lasts as long as the browser session.
 */
final class BrowserSecret {

    static final String COOKIE = "weft-browser";

    private static final int BYTES = 32;
    /** What this class issues: 32 bytes, base64url without padding. Anything else is ignored. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserSecret() {}

    /**
     * The secret of the browser asking for a page: the one its cookie carries, or a new one, set as
     * its cookie with the response.
     */
    static String issue(RoutingContext context) {
        String secret = find(context.request().headers().getAll(HttpHeaders.COOKIE));
        if (secret != null) {
            return secret;
        }
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        context.response()
                .headers()
                .add(
                        HttpHeaders.SET_COOKIE,
                        COOKIE + "=" + secret + "; Path=/; HttpOnly; SameSite=Lax"
                                + ("https".equals(context.request().scheme()) ? "; Secure" : ""));
        return secret;
    }

    /** The secret the WebSocket upgrade request carried, or null. */
    static String of(HandshakeRequest request) {
        return find(request.headers("Cookie"));
    }

    /** The first well-formed value of the cookie in these {@code Cookie} headers, or null. */
    static String find(List<String> headers) {
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equals(COOKIE)) {
                    String value = pair.substring(equals + 1).trim();
                    if (WELL_FORMED.matcher(value).matches()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }
}
