package dev.weft.runtime.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The locale and time zone a browser formats in, as it reports them in its {@code hello} ({@code
 * Intl.DateTimeFormat().resolvedOptions()}). A table's numbers and dates are shown in them.
 *
 * <p>What a browser reports is untrusted and never fails a hello: a missing, malformed or unknown
 * locale or zone is replaced by the server's own, each on its own.
 *
 * @param locale the locale numbers and dates are written in
 * @param zone the time zone instants are shown in
 */
public record ClientLocale(Locale locale, ZoneId zone) {

    /** The longest locale tag or zone name read; longer ones are not real and are ignored. */
    static final int MAX_LENGTH = 64;

    public ClientLocale {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }

    /** The server's own locale and time zone: what a session has before its browser says otherwise. */
    public static ClientLocale server() {
        return new ClientLocale(Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());
    }

    /**
     * The locale and zone a browser reports, each replaced by {@code fallback}'s when it is missing,
     * not text, too long, or not a locale or zone Java knows.
     */
    public static ClientLocale of(String tag, String zone, ClientLocale fallback) {
        return new ClientLocale(locale(tag, fallback.locale()), zone(zone, fallback.zone()));
    }

    /** The {@code locale} and {@code zone} fields of a hello, read as {@link #of} does. */
    static ClientLocale read(JsonNode hello, ClientLocale fallback) {
        return of(text(hello.get("locale")), text(hello.get("zone")), fallback);
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static Locale locale(String tag, Locale fallback) {
        if (tag == null || tag.isBlank() || tag.length() > MAX_LENGTH) {
            return fallback;
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        // forLanguageTag never throws: what it cannot read comes back without a language ("und").
        return locale.getLanguage().isEmpty() ? fallback : locale;
    }

    private static ZoneId zone(String name, ZoneId fallback) {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH) {
            return fallback;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /** The locale as a language tag and the zone's id, as a browser would write them. */
    @Override
    public String toString() {
        return locale.toLanguageTag() + " " + zone.getId();
    }
}
