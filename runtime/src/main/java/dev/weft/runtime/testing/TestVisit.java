package dev.weft.runtime.testing;

import dev.weft.PageContext;
import dev.weft.runtime.wire.ClientLocale;
import dev.weft.runtime.wire.PageRequest;
import dev.weft.testing.AppSession;
import dev.weft.testing.Visit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/** A {@link Visit}: the link and request context a harness session is opened with. */
final class TestVisit implements Visit {

    private final String path;
    private final String query;
    private final BiFunction<TestVisit, PageRequest, AppSession> opener;
    private Locale locale = ClientLocale.server().locale();
    private ZoneId zone = ClientLocale.server().zone();
    private PageContext.Theme theme;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    TestVisit(String url, BiFunction<TestVisit, PageRequest, AppSession> opener) {
        int mark = url.indexOf('?');
        this.path = mark < 0 ? url : url.substring(0, mark);
        this.query = mark < 0 ? null : url.substring(mark + 1);
        this.opener = opener;
    }

    @Override
    public Visit locale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return this;
    }

    @Override
    public Visit zone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    @Override
    public Visit theme(PageContext.Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
        return this;
    }

    @Override
    public Visit header(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .add(Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public Visit cookie(String name, String value) {
        cookies.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    @Override
    public AppSession open() {
        return opener.apply(this, new PageRequest(headers, cookies, "http://localhost" + path, path, query));
    }

    ClientLocale where() {
        return new ClientLocale(locale, zone);
    }

    /** The theme as the wire writes it, or null for the default. */
    String theme() {
        return theme == null ? null : theme.name().toLowerCase(Locale.ROOT);
    }
}
