package dev.weft.runtime;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;

/** Serves the HTML page of one app: a small shell that loads the Weft client. */
final class PageHandler implements Handler<RoutingContext> {

    private static final String TEMPLATE = resource("page.html");
    private static final Properties ASSETS = assets("assets.properties");
    /** Libraries in the import map that are not preloaded: elements import them when first needed. */
    private static final Properties LAZY_ASSETS = assets("lazy-assets.properties");

    private static final String IMPORT_MAP = importMap();
    private static final String PRELOADS = preloads();

    private final String path;
    private volatile AppDefinition app;
    private volatile Sessions sessions;
    private volatile String html;

    PageHandler(String path) {
        this.path = path;
    }

    @Override
    public void handle(RoutingContext context) {
        if (html == null) {
            app = Arc.container()
                    .instance(AppRegistry.class)
                    .get()
                    .byPath(path)
                    .orElseThrow(() -> new IllegalStateException("No Weft app at " + path));
            sessions = Arc.container().instance(Sessions.class).get();
            html = render(app.title(), app.path(), LaunchMode.current() == LaunchMode.DEVELOPMENT);
        }
        // The page carries a session already running for this tab, so it must never be cached.
        String session = sessions.startForPage(app).orElse("");
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html.replace("{{session}}", session));
    }

    /** The page of an app, with every placeholder filled but the per-tab {@code {{session}}}. */
    static String render(String title, String path, boolean dev) {
        return TEMPLATE.replace("{{title}}", escape(title))
                .replace("{{path}}", escape(path))
                .replace("{{dev}}", Boolean.toString(dev))
                .replace("{{importmap}}", IMPORT_MAP)
                .replace("{{preloads}}", PRELOADS);
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
