package dev.weft;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who is looking at the page, and how (Streamlit's {@code st.context}): the user's locale, time zone
 * and theme as the browser reports them, and the headers and cookies of the request that opened the
 * page. Get it with {@link Ui#context()}.
 *
 * <p>A fragment that asks for the context reruns when the browser reports a different locale, time
 * zone or theme: a session the server started while it served the page runs its fragments before
 * the browser has said which it uses (they run in the server's own, then again in the user's).
 *
 * <p>Everything here but the locale, zone and theme comes from the request and is <b>untrusted
 * text</b>: a client can send any header or cookie. Headers are those of the page request (of the
 * WebSocket upgrade for a tab that connects without a page the server started a session for);
 * {@code Authorization}, {@code Proxy-Authorization} and {@code Cookie} are left out, and so are the
 * cookies that hold a login or a session ({@code HttpOnly} cookies the page's scripts must never
 * see: Quarkus's form login cookie, its OIDC session and state cookies, and Weft's own browser
 * cookie), so that drawing the context never shows them.
 *
 * @param locale the locale the browser formats in ({@code Intl}), or the server's before it said
 * @param timeZone the browser's time zone, or the server's before it said
 * @param theme the theme the page shows: the user's pick, else the browser's preference
 * @param userAgent the {@code User-Agent} header, or empty text
 * @param headers the request's headers, by lower-case name, each with its values in order
 * @param cookies the request's cookies by name (the login and session cookies left out)
 * @param url the page's URL as the browser asked for it, without its query ({@code
 *     https://host/path})
 * @param path the page's path ({@code /sales})
 */
public record PageContext(
        Locale locale,
        ZoneId timeZone,
        Theme theme,
        String userAgent,
        Map<String, List<String>> headers,
        Map<String, String> cookies,
        String url,
        String path) {

    /** A page's colour theme. */
    public enum Theme {
        LIGHT,
        DARK
    }

    public PageContext {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        cookies = Map.copyOf(cookies);
    }

    /** The header's first value, whatever the case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The cookie's value, if the request had it (and it is not a login or session cookie). */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }
}
