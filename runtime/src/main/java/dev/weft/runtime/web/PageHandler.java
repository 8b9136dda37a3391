package dev.weft.runtime.web;

import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.AppRegistry;
import dev.weft.runtime.session.Sessions;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves the HTML page of one app: a small shell that loads the Weft client. */
final class PageHandler implements Handler<RoutingContext> {

    private static final String TEMPLATE = resource("page.html");
    private static final String SESSION = "{{session}}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Properties ASSETS = assets("assets.properties");
    /** Libraries in the import map that are not preloaded: elements import them when first needed. */
    private static final Properties LAZY_ASSETS = assets("lazy-assets.properties");

    private static final String IMPORT_MAP = importMap();
    private static final String PRELOADS = preloads();

    private final String path;
    private final ThemeStyle theme;
    private final FramePolicy frames;
    private volatile OriginCheck origins;
    private volatile AppDefinition app;
    private volatile Sessions sessions;
    /** The page before and after its per-tab session id. */
    private volatile String[] halves;

    PageHandler(String path, ThemeStyle theme, FramePolicy frames) {
        this.path = path;
        this.theme = theme;
        this.frames = frames;
    }

    @Override
    public void handle(RoutingContext context) {
        if (halves == null) {
            AppRegistry registry = Arc.container().instance(AppRegistry.class).get();
            app = registry.byPath(path).orElseThrow(() -> new IllegalStateException("No Weft app at " + path));
            sessions = Arc.container().instance(Sessions.class).get();
            origins = Arc.container().instance(OriginCheck.class).get();
            halves = halves(app, registry.pages(), theme, LaunchMode.current() == LaunchMode.DEVELOPMENT);
        }
        if (!origins.hostPermitted(OriginCheck.host(context.request()))) {
            context.response().setStatusCode(403).end("This server does not answer to that host name.");
            return;
        }
        frames.apply(context.response());
        // The page carries a session already running for this tab, so it must never be cached.
        String session = sessions.startForPage(app).orElse("");
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(halves[0] + escape(session) + halves[1]);
    }

    /**
     * The page before and after {@code {{session}}}. Each part of the template is filled in one pass,
     * so a value that looks like a placeholder (a title with braces) is never filled in again.
     */
    private static String[] halves(AppDefinition app, List<AppDefinition> pages, ThemeStyle theme, boolean dev) {
        String faviconType = PageParts.faviconType(app.icon());
        Map<String, String> values = Map.ofEntries(
                Map.entry("title", escape(app.title())),
                Map.entry("path", escape(app.path())),
                Map.entry("icon", escape(app.icon())),
                Map.entry("favicon", escape(PageParts.favicon(app.icon()))),
                Map.entry("faviconType", faviconType.isEmpty() ? "" : " type=\"" + faviconType + "\""),
                Map.entry("pages", PageParts.menu(pages)),
                Map.entry("themeMode", theme.mode()),
                Map.entry("themeStyle", theme.css()),
                Map.entry("dev", Boolean.toString(dev)),
                Map.entry("importmap", IMPORT_MAP),
                Map.entry("preloads", PRELOADS));
        int at = TEMPLATE.indexOf(SESSION);
        return new String[] {
            fill(TEMPLATE.substring(0, at), values), fill(TEMPLATE.substring(at + SESSION.length()), values)
        };
    }

    private static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER
                .matcher(template)
                .replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), match.group())));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The browser libraries' URLs; their versions come from the build (assets.properties). */
    private static Properties assets(String name) {
        Properties assets = new Properties();
        try (InputStream in = PageHandler.class.getResourceAsStream(name)) {
            assets.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Weft's " + name + " is missing from the runtime jar", e);
        }
        return assets;
    }

    /**
     * One {@code modulepreload} link per library: the browser fetches and compiles them while it loads
     * the client's own modules, which import them only once they have all been loaded.
     */
    private static String preloads() {
        StringBuilder links = new StringBuilder();
        new TreeMap<>(ASSETS).values().forEach(url -> links.append("<link rel=\"modulepreload\" href=\"")
                .append(escape(String.valueOf(url)))
                .append("\">\n  "));
        return links.toString().stripTrailing();
    }

    private static String importMap() {
        StringBuilder json = new StringBuilder("{\"imports\":{");
        TreeMap<Object, Object> all = new TreeMap<>(ASSETS);
        all.putAll(LAZY_ASSETS);
        all.forEach((name, url) -> {
            if (json.charAt(json.length() - 1) != '{') {
                json.append(',');
            }
            json.append('"').append(name).append("\":\"").append(url).append('"');
        });
        return json.append("}}").toString();
    }

    private static String resource(String name) {
        try (InputStream in = PageHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Weft's " + name + " is missing from the runtime jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
