package dev.weft.runtime.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A URL's query string as parameters: each name with its values in order, names in their order of
 * first appearance. What a browser sends is untrusted: a query string longer than {@link #MAX_LENGTH}
 * characters, or with more than {@link #MAX_PARAMS} parameters, is cut there; text that does not
 * decode is taken as it is written. Parsing never fails.
 */
public final class QueryString {

    /** The most characters of a query string read. */
    public static final int MAX_LENGTH = 8_192;

    /** The most parameters read. */
    public static final int MAX_PARAMS = 100;

    private QueryString() {}

    /** The parameters of {@code query} (with or without its leading {@code ?}; null: none). */
    public static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        String text = query.startsWith("?") ? query.substring(1) : query;
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        int count = 0;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_PARAMS) {
                break;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        params.replaceAll((name, values) -> List.copyOf(values));
        return params;
    }

    /** The query string of {@code params}, without a leading {@code ?}; empty for none. */
    public static String format(Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((name, values) -> {
            for (String value : values) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(encode(name)).append('=').append(encode(value));
            }
        });
        return out.toString();
    }

    /** An unmodifiable copy of {@code params}, in their order. */
    public static Map<String, List<String>> copy(Map<String, List<String>> params) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // a stray '%': as written
        }
    }

    private static String encode(String text) {
        // URLEncoder writes form encoding: a space as '+', which browsers and Quarkus read back as a space.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
