package dev.weft.testing;

import dev.weft.PageContext;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A page opened in the harness as a particular browser would open it: its URL with query
 * parameters, and the request context its fragments see ({@link dev.weft.Ui#context()}). Made by
 * {@link AppTester#visit(String)}; {@link #open()} starts the session.
 *
 * <pre>{@code
 * try (AppSession app = tester.visit("/?region=Asia")
 *         .locale(Locale.GERMANY).zone(ZoneId.of("Europe/Berlin"))
 *         .header("User-Agent", "Firefox").cookie("team", "north")
 *         .open().awaitIdle()) { ... }
 * }</pre>
 */
public interface Visit {

    /** The locale the browser reports (default: the server's). */
    Visit locale(Locale locale);

    /** The time zone the browser reports (default: the server's). */
    Visit zone(ZoneId zone);

    /** The theme the page shows (default: light). */
    Visit theme(PageContext.Theme theme);

    /** Adds a request header (added to any of that name; {@code User-Agent} is the context's user agent). */
    Visit header(String name, String value);

    /** Adds a cookie of the request. */
    Visit cookie(String name, String value);

    /** Starts the session; its fragments start running at once. */
    AppSession open();
}
