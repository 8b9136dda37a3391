package dev.weft.runtime.web;

import dev.weft.PageLayout;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.AppRegistry;
import dev.weft.runtime.identity.Identities;
import dev.weft.runtime.identity.SessionIdentity;
import dev.weft.runtime.session.Sessions;
import dev.weft.runtime.wire.ProtocolException;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves the HTML page of one app: a small shell that loads the Weft client. */
final class PageHandler implements Handler<RoutingContext> {

    private static final String TEMPLATE = PageParts.resource("page.html");
    private static final String SESSION = "{{session}}";
    /** Whether the app has drawn a chart (see {@code Sessions.drawsCharts}); filled per request, after the session. */
    private static final String CHARTS = "{{charts}}";
    /** The logged-in user, for the header (see {@link HeaderUser}); filled per request, after the session. */
    private static final String USER = "{{user}}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String path;
    private final ThemeStyle theme;
    /** The browser libraries' URLs, as the build resolved them (JSON). */
    private final String importMap;
    /** The {@code modulepreload} links of the libraries every page needs (HTML). */
    private final String preloads;

    private final FramePolicy frames;
    private volatile OriginCheck origins;
    private volatile AppDefinition app;
    private volatile Sessions sessions;
    private volatile ClientAddressCheck clients;
    private volatile List<AppDefinition> pages;
    private volatile boolean dev;
    /**
     * The page around its per-request parts (the tab's session id, whether the app draws charts, the user), by the pages its user may open (the menu
     * lists only those): one entry per set of roles that sees a different menu.
     */
    private final Map<List<String>, String[]> halves = new ConcurrentHashMap<>();

    PageHandler(String path, ThemeStyle theme, String importMap, String preloads, FramePolicy frames) {
        this.path = path;
        this.theme = theme;
        this.importMap = importMap;
        this.preloads = preloads;
        this.frames = frames;
    }

    @Override
    public void handle(RoutingContext context) {
        if (app == null) {
            AppRegistry registry = Arc.container().instance(AppRegistry.class).get();
            sessions = Arc.container().instance(Sessions.class).get();
            origins = Arc.container().instance(OriginCheck.class).get();
            clients = Arc.container().instance(ClientAddressCheck.class).get();
            pages = registry.pages();
            dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
            app = registry.byPath(path).orElseThrow(() -> new IllegalStateException("No Weft app at " + path));
        }
        if (!origins.hostPermitted(OriginCheck.host(context.request()))) {
            context.response().setStatusCode(403).end("This server does not answer to that host name.");
            return;
        }
        frames.apply(context.response()); // the busy and refused pages too
        Identities.ofPage(context)
                .subscribe()
                .with(
                        identity -> {
                            try {
                                serve(context, identity);
                            } catch (RuntimeException e) {
                                context.fail(e); // as the router would have: never a request left hanging
                            }
                        },
                        context::fail);
    }

    /** Serves the page to {@code identity}, or the page that says it may not open it. */
    private void serve(RoutingContext context, SessionIdentity identity) {
        if (!identity.may(app.access())) {
            RefusedPage.send(context, app.title(), identity.user().loggedIn());
            return;
        }
        List<AppDefinition> visible =
                pages.stream().filter(page -> identity.may(page.access())).toList();
        String[] parts = halves.computeIfAbsent(
                visible.stream().map(AppDefinition::path).toList(), key -> halves(app, visible, dev));
        if (context.request().method() == HttpMethod.HEAD) {
            // An open tab asks whether its page still opens for it (after its socket was refused, say
            // because its user logged out): answered without starting a session.
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end();
            return;
        }
        String secret = BrowserSecret.issue(context);
        String session;
        try {
            session = sessions.startForPage(
                            app,
                            clients.of(context.request()),
                            secret,
                            RequestCapture.page(context, app.path()),
                            identity)
                    .orElse("");
        } catch (ProtocolException refused) {
            BusyPage.send(context, app.title(), refused.getMessage());
            return;
        }
        // The page carries a session already running for this tab, so it must never be cached.
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(parts[0]
                        + escape(session)
                        + parts[1]
                        + sessions.drawsCharts(app)
                        + parts[2]
                        + HeaderUser.json(HeaderUser.of(context))
                        + parts[3]);
    }

    /**
     * The page before {@code {{session}}}, between it and {@code {{charts}}}, between that and {@code {{user}}}, and after. Each part of the template is filled in one pass,
     * so a value that looks like a placeholder (a title with braces) is never filled in again.
     */
    private String[] halves(AppDefinition app, List<AppDefinition> pages, boolean dev) {
        String faviconType = PageParts.faviconType(app.icon());
        Map<String, String> values = Map.ofEntries(
                Map.entry("title", escape(app.title())),
                Map.entry("path", escape(app.path())),
                Map.entry("icon", escape(app.icon())),
                Map.entry("layout", app.layout() == PageLayout.WIDE ? "wide" : "centered"),
                Map.entry("favicon", escape(PageParts.favicon(app.icon()))),
                Map.entry("faviconType", faviconType.isEmpty() ? "" : " type=\"" + faviconType + "\""),
                Map.entry("pages", PageParts.menu(pages)),
                Map.entry("themeMode", theme.mode()),
                Map.entry("themeStyle", theme.css()),
                Map.entry("dev", Boolean.toString(dev)),
                Map.entry("importmap", importMap),
                Map.entry("preloads", preloads));
        int at = TEMPLATE.indexOf(SESSION);
        int charts = TEMPLATE.indexOf(CHARTS, at);
        int user = TEMPLATE.indexOf(USER, charts);
        return new String[] {
            fill(TEMPLATE.substring(0, at), values),
            fill(TEMPLATE.substring(at + SESSION.length(), charts), values),
            fill(TEMPLATE.substring(charts + CHARTS.length(), user), values),
            fill(TEMPLATE.substring(user + USER.length()), values)
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
}
