package dev.weft.runtime.wire;

import java.util.List;
import java.util.Map;

/**
 * What a session knows of the request that opened its page (or of its WebSocket upgrade): headers
 * and cookies, already stripped of credentials (see {@code web.RequestCapture}), the page's URL
 * without its query, its path, and its query string. All of it untrusted text.
 *
 * @param headers by lower-case name, values in order
 * @param cookies by name
 * @param url scheme, host and path, no query
 * @param path the page's path
 * @param query the query string without {@code ?}, or null when none was known
 */
public record PageRequest(
        Map<String, List<String>> headers, Map<String, String> cookies, String url, String path, String query) {

    public PageRequest {
        headers = QueryString.copy(headers);
        cookies = Map.copyOf(cookies);
    }

    /** A request of which nothing is known (a harness session without a visit). */
    public static PageRequest none(String path) {
        return new PageRequest(Map.of(), Map.of(), path, path, null);
    }
}
