package dev.weft.runtime.ui;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URLs a link may open: {@code http://} and {@code https://} ones, and relative ones (a path, a
 * query or a fragment on this server). Anything with another scheme ({@code javascript:}, {@code
 * data:}, {@code file:}) or a character a browser would silently drop (a control character or
 * whitespace inside, which can hide a scheme) is refused where the app draws the link.
 */
final class LinkUrls {

    /** A scheme: letters, digits, {@code + - .}, then a colon, before any {@code / ? #}. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkUrls() {}

    /**
     * Returns {@code url} without surrounding whitespace if a link may open it.
     *
     * @throws IllegalArgumentException if it may not
     */
    static String check(String url) {
        String trimmed = url == null ? "" : url.strip();
        boolean ok = !trimmed.isEmpty()
                && trimmed.chars().noneMatch(c -> c <= 0x20 || c == 0x7F)
                && !trimmed.startsWith("//")
                && !trimmed.startsWith("\\\\")
                && (isAbsolute(trimmed) || !hasScheme(trimmed));
        if (!ok) {
            throw new IllegalArgumentException("A link button opens an http(s) URL or a relative one (such as /report"
                    + " or ?year=2024), not '" + url + "'.");
        }
        return trimmed;
    }

    /** Whether {@code url} is an {@code http(s)} URL with a host, opened in a new tab. */
    static boolean isAbsolute(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") && lower.length() > 8)
                || (lower.startsWith("http://") && lower.length() > 7);
    }

    private static boolean hasScheme(String url) {
        int end = url.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = url.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end).indexOf(':') >= 0 || SCHEME.matcher(url).find();
    }
}
