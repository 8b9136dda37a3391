package dev.weft.runtime.web;

import dev.weft.runtime.wire.PageRequest;
import io.quarkus.websockets.next.HandshakeRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The request context a session's fragments see ({@link dev.weft.PageContext}), taken from the page
 * request (or, for a tab that gets its session when it connects, from its WebSocket upgrade).
 *
 * <p>Credentials are left out, so that a fragment drawing its context never shows them: the {@code
 * Authorization}, {@code Proxy-Authorization} and {@code Cookie} headers (the cookies come parsed),
 * and the cookies that hold a login or a session, which are {@code HttpOnly} so that the page's
 * scripts never see them: Quarkus's form login cookie ({@code quarkus.http.auth.form.cookie-name},
 * {@code quarkus-credential} by default), Quarkus OIDC's session, state and logout cookies ({@code
 * q_session…}, {@code q_auth…}, {@code q_post_logout…}) and Weft's own browser cookie.
 */
final class RequestCapture {

    /** The most headers and cookies kept: a request with more is not a browser's. */
    static final int MAX_ENTRIES = 100;

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");
    private static final List<String> SECRET_COOKIE_PREFIXES = List.of("q_session", "q_auth", "q_post_logout");

    private RequestCapture() {}

    /** The context of a page request for the app at {@code path}. */
    static PageRequest page(RoutingContext context, String path) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        context.request().headers().forEach(header -> add(headers, header.getKey(), header.getValue()));
        String url = context.request().scheme() + "://" + context.request().authority() + path;
        return of(
                headers,
                url,
                path,
                context.request().query() == null ? "" : context.request().query());
    }

    /** The context of a WebSocket upgrade, for the page of the app at {@code path} (query unknown). */
    static PageRequest upgrade(HandshakeRequest request, String path) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> values.forEach(value -> add(headers, name, value)));
        String scheme = "wss".equals(request.scheme()) || "https".equals(request.scheme()) ? "https" : "http";
        String host = request.header("Host");
        return of(headers, scheme + "://" + (host == null ? request.host() : host) + path, path, null);
    }

    private static PageRequest of(Map<String, List<String>> all, String url, String path, String query) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : all.getOrDefault("cookie", List.of())) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? "" : pair.substring(0, equals).trim();
                if (!name.isEmpty() && !secretCookie(name) && cookies.size() < MAX_ENTRIES) {
                    cookies.putIfAbsent(name, unquote(pair.substring(equals + 1).trim()));
                }
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        all.forEach((name, values) -> {
            if (!SECRET_HEADERS.contains(name)) {
                headers.put(name, List.copyOf(values));
            }
        });
        return new PageRequest(headers, cookies, url, path, query);
    }

    private static void add(Map<String, List<String>> headers, String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (headers.containsKey(key) || headers.size() < MAX_ENTRIES) {
            headers.computeIfAbsent(key, n -> new ArrayList<>()).add(value);
        }
    }

    static boolean secretCookie(String name) {
        if (name.equals(BrowserSecret.COOKIE) || name.equals(formCookie())) {
            return true;
        }
        return SECRET_COOKIE_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static String formCookie() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.form.cookie-name", String.class)
                .orElse("quarkus-credential");
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
