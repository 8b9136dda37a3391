package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.AppRegistry;
import dev.weft.runtime.config.Config;
import dev.weft.runtime.config.WeftConfig;
import dev.weft.runtime.identity.RunAs;
import dev.weft.runtime.identity.SessionIdentity;
import dev.weft.runtime.limits.Limiters;
import dev.weft.runtime.media.MediaStore;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.wire.ClientLocale;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.PageRequest;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.ProtocolException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Every session of this server: starts them when a page is served or a browser says {@code hello},
 * resumes them when a tab reconnects, and destroys those whose tab has not come (back) in time.
 */
@Singleton
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);
    private static final long TIMER_SLACK_NANOS = 50_000_000;

    private final AppRegistry apps;
    private final WeftConfig config;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Map<String, Attachment> byConnection = new ConcurrentHashMap<>();
    private final Timers timers;
    private final Limiters limiters;
    private final MediaStore media;
    private final Uploads uploads;
    private final Admission admission;
    private final ChartedApps charted = new ChartedApps();

    /** A connection's session and the link that sends to it. */
    record Attachment(Session session, BrowserLink link) {}

    Sessions(AppRegistry apps, ObjectMapper mapper, Vertx vertx, Limiters limiters, MediaStore media, Uploads uploads) {
        this.apps = apps;
        this.media = media;
        this.uploads = uploads;
        this.limiters = limiters;
        this.config = Config.weft();
        this.mapper = mapper;
        this.vertx = vertx;
        WeftConfig.Sessions settings = config.sessions();
        this.admission = new Admission(
                settings.max(),
                settings.maxUnclaimed().orElse(Math.max(1, settings.max() / 4)),
                settings.maxPerClient());
        this.timers = (millis, task) -> {
            long timer = vertx.setPeriodic(millis, id -> task.run());
            return () -> vertx.cancelTimer(timer);
        };
    }

    /** The sessions this server holds now and its maximum ({@code quarkus.weft.sessions.max}). */
    public SessionCapacity capacity() {
        return admission.capacity();
    }

    /**
     * Starts a session for a page being served to {@code client}, so its fragments run while the
     * browser loads the page; the tab claims it by id. Empty when disabled or when the sessions
     * started with pages have used their share (the tab then asks for a session when it connects).
     *
     * @param client the client's network address; null when it cannot be told apart from others
     * @param secret the secret of the browser the page is for (see {@link Owner}), or null
     * @param identity the user the page is for, who must be allowed to open it
     * @throws ProtocolException {@code too_many_sessions} when its tab could not get a session either
     */
    public Optional<String> startForPage(AppDefinition app, String client, String secret, SessionIdentity identity)
            throws ProtocolException {
        return startForPage(app, client, secret, PageRequest.none(app.path()), identity);
    }

    /**
     * Starts a session for a page as {@link #startForPage(AppDefinition, String, String,
     * SessionIdentity)} does, with the page's request: its fragments run with the URL's query
     * parameters from the start (a deep link), and see its headers and cookies in their context.
     */
    public Optional<String> startForPage(
            AppDefinition app, String client, String secret, PageRequest request, SessionIdentity identity)
            throws ProtocolException {
        String id = newId();
        try {
            if (!admission.page(id, client, config.sessions().startOnPageLoad())) {
                return Optional.empty();
            }
        } catch (ProtocolException full) {
            SessionMetering.current().refused(app.appClass().getName(), SessionMeters.Refusal.TOO_MANY_SESSIONS);
            throw full;
        }
        Session session = create(app, id, Owner.of(secret), request, identity);
        expireLater(session, config.sessions().claimTimeout());
        session.start(timers);
        return Optional.of(session.id());
    }

    /** Starts a session no browser will claim, for {@link dev.weft.testing.AppTester}; the caller closes it. */
    public Session startDetached(String path) {
        return startDetached(path, ClientLocale.server());
    }

    /** Starts a session of the app at {@code path} with no browser, for a user in {@code where}. */
    public Session startDetached(String path, ClientLocale where) {
        try {
            return startDetached(path, where, SessionIdentity.ANONYMOUS);
        } catch (ProtocolException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Starts a session of the app at {@code path} (with its query string, if any) with no browser,
     * for {@code identity} in {@code where}.
     *
     * @throws ProtocolException {@code not_allowed} when that user may not open the page
     */
    public Session startDetached(String path, ClientLocale where, SessionIdentity identity) throws ProtocolException {
        int query = path.indexOf('?');
        String page = query < 0 ? path : path.substring(0, query);
        return startDetached(
                where,
                new PageRequest(Map.of(), Map.of(), page, page, query < 0 ? null : path.substring(query + 1)),
                null,
                session -> {},
                identity);
    }

    /**
     * Starts a session with no browser of the app at {@code request}'s path, for {@code identity} in
     * {@code where} whose page was opened by {@code request} (its query parameters, headers and
     * cookies).
     *
     * @param theme {@code light} or {@code dark}, or null for the default
     * @param beforeStart called with the session before its fragments start (to listen to it)
     * @throws ProtocolException {@code not_allowed} when that user may not open the page
     */
    public Session startDetached(
            ClientLocale where,
            PageRequest request,
            String theme,
            java.util.function.Consumer<Session> beforeStart,
            SessionIdentity identity)
            throws ProtocolException {
        String path = request.path();
        AppDefinition app = apps.byPath(path)
                .orElseThrow(() -> new IllegalArgumentException("No Weft app is served at '" + path + "'."));
        checkAccess(app, identity);
        try {
            Session session = createLive(app, null, Owner.NONE, request, identity);
            session.where(where);
            session.theme(theme);
            beforeStart.accept(session);
            session.start(timers);
            return session;
        } catch (ProtocolException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The live session with this id, if there is one. */
    public Optional<Session> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** What the Dev UI shows of every open session, oldest first: snapshots, read without changing anything. */
    public List<SessionView> views() {
        return byId.values().stream()
                .map(SessionView::of)
                .sorted(java.util.Comparator.comparingLong(SessionView::openedAt)
                        .thenComparing(SessionView::id))
                .toList();
    }

    /** Ends a session now. */
    public void end(Session session) {
        byId.remove(session.id());
        admission.removed(session.id());
        session.close();
    }

    /**
     * Binds a connection to a resumed, page-started or new session of the app it names. Only a
     * session of this browser (its {@code secret}, see {@link Owner}) is resumed or claimed, and
     * never one that another connection holds: a duplicated tab, which asks for its original's
     * session, is told so and gets a session of its own, and the original goes on undisturbed.
     *
     * @param secret the browser's secret from the connection's upgrade request, or null
     */
    public void hello(WebSocketConnection connection, Incoming.Hello hello, String secret, SessionIdentity identity)
            throws ProtocolException {
        hello(connection, hello, secret, PageRequest.none(hello.app()), identity);
    }

    /**
     * Binds a connection as {@link #hello(WebSocketConnection, Incoming.Hello, String,
     * SessionIdentity)} does; {@code upgrade} is its upgrade request, the request context of a session
     * the tab gets anew. The hello's URL and theme are the session's from then on.
     */
    public void hello(
            WebSocketConnection connection,
            Incoming.Hello hello,
            String secret,
            PageRequest upgrade,
            SessionIdentity identity)
            throws ProtocolException {
        AppDefinition app = apps.byPath(hello.app())
                .orElseThrow(() -> new ProtocolException(
                        ErrorCode.UNKNOWN_APP, "No Weft app is served at '" + hello.app() + "'."));
        if (byConnection.containsKey(connection.id())) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This connection has already sent hello.");
        }
        checkAccess(app, identity);
        BrowserLink link = new BrowserLink(connection, mapper);
        Owner owner = Owner.of(secret);
        Session resumable = ofUser(find(hello.session(), app, owner), identity, link);
        Session prestarted = ofUser(find(hello.prestarted(), app, owner), identity, link);
        if (resumable != null && !admission.attached(resumable.id())) {
            resumable = null; // evicted while its tab was away: as if it had never existed
        }
        ClientLocale where = hello.client();
        if (resumable != null && resume(connection, resumable, link, where, identity)) {
            SessionMetering.current().resumed(app.appClass().getName());
            if (prestarted != null && prestarted != resumable && !prestarted.claimed()) {
                discard(prestarted); // a reload that resumes: the page's own session is not needed
            }
            followBrowser(resumable, hello);
            return;
        }
        if (resumable != null) {
            link.accept(Protocol.error(
                    ErrorCode.SESSION_IN_USE,
                    "Session " + resumable.id() + " is open in another tab; this tab gets a session of its own."));
        }
        if (prestarted != null
                && !prestarted.claimed()
                && admission.attached(prestarted.id())
                && attach(connection, prestarted, link, false, where, identity)) {
            followBrowser(prestarted, hello);
            return;
        }
        Session session = createLive(app, ClientAddress.of(connection), owner, upgrade, identity);
        attach(connection, session, link, false, where, identity); // a new session has no browser yet: never refused
        followBrowser(session, hello); // before its first runs: a deep link's values are there from the start
        session.start(timers);
    }

    /**
     * The session takes the URL and theme the browser reports; a browser that reports no URL (a tab
     * that reconnects) is told the session's, which may have changed while it was away.
     */
    private static void followBrowser(Session session, Incoming.Hello hello) {
        session.theme(hello.theme());
        if (hello.query() != null) {
            session.browserUrl(hello.query());
        } else {
            session.send(Protocol.url(session.query(), false));
        }
    }

    /** The session bound to a connection. */
    public Session of(WebSocketConnection connection) throws ProtocolException {
        Attachment attachment = byConnection.get(connection.id());
        if (attachment == null) {
            throw new ProtocolException(ErrorCode.NO_SESSION, "Send hello before any other message.");
        }
        return attachment.session();
    }

    /** A connection closed: its session waits for the tab to reconnect, then is destroyed. */
    public void disconnected(WebSocketConnection connection) {
        Attachment attachment = byConnection.remove(connection.id());
        if (attachment != null && attachment.session().detach(attachment.link())) {
            admission.detached(attachment.session().id());
            expireLater(attachment.session(), config.sessions().reconnectTimeout());
        }
    }

    /**
     * Ends every session of the browser holding {@code secret}, because its user logged out: their
     * tabs' connections are closed (a tab then reconnects and finds it must log in again) and their
     * fragments stop. A null secret ends nothing.
     *
     * @return how many sessions ended
     */
    public int endBrowser(String secret) {
        Owner owner = Owner.of(secret);
        byConnection.entrySet().removeIf(entry -> {
            if (entry.getValue().session().owner().is(owner)) {
                entry.getValue().link().close();
                return true;
            }
            return false;
        });
        int ended = 0;
        for (Session session : List.copyOf(byId.values())) {
            if (session.owner().is(owner)) {
                end(session);
                ended++;
            }
        }
        return ended;
    }

    /**
     * Reruns fragment {@code fragment} of {@code app} in session {@code sessionId}, or in every open
     * session of the app when it is null (see {@link Session#push}). Closed, unknown and other apps'
     * sessions are skipped. Returns how many sessions will rerun it.
     */
    public int push(AppDefinition app, String fragment, String sessionId) {
        if (sessionId != null) {
            Session session = byId.get(sessionId);
            return session != null && session.app() == app && session.push(fragment) ? 1 : 0;
        }
        int pushed = 0;
        for (Session session : byId.values()) {
            if (session.app() == app && session.push(fragment)) {
                pushed++;
            }
        }
        return pushed;
    }

    /** Sends a message to every session's browser (dev mode's reload problems). */
    public void sendToAll(ObjectNode message) {
        byId.values().forEach(session -> session.send(message));
    }

    void onStop(@Observes ShutdownEvent event) {
        // Tabs are told at once, so they reconnect to the next start (a dev-mode restart keeps the
        // HTTP server, and with it the open sockets of an application that is gone).
        byConnection.values().forEach(attachment -> attachment.link().close());
        byConnection.clear();
        byId.values().forEach(Session::close);
        byId.clear();
    }

    /**
     * Refuses a page to a user it does not let in.
     *
     * @throws ProtocolException {@code not_allowed}, saying whether logging in would help
     */
    private static void checkAccess(AppDefinition app, SessionIdentity identity) throws ProtocolException {
        if (!identity.may(app.access())) {
            SessionMetering.current().refused(app.appClass().getName(), SessionMeters.Refusal.NOT_ALLOWED);
            throw new ProtocolException(
                    ErrorCode.NOT_ALLOWED,
                    identity.user().loggedIn()
                            ? "You are not allowed to open '" + app.title() + "'."
                            : "Log in to open '" + app.title() + "'.");
        }
    }

    /**
     * {@code session} if it belongs to {@code identity}; else null, and the tab is told that the
     * session it asked for is another user's (it gets a session of its own; that one is untouched).
     */
    private static Session ofUser(Session session, SessionIdentity identity, BrowserLink link) {
        if (session == null || session.identity().sameUser(identity)) {
            return session;
        }
        LOG.debugf("Session %s of %s refused to %s", session.id(), session.identity(), identity);
        SessionMetering.current().refused(session.app().appClass().getName(), SessionMeters.Refusal.ANOTHER_USER);
        link.accept(Protocol.error(
                ErrorCode.SESSION_OF_ANOTHER_USER,
                "Session " + session.id() + " belongs to another user; this tab gets a session of its own."));
        return null;
    }

    /** The session with this id, if it is of this app and belongs to this browser. */
    private Session find(String id, AppDefinition app, Owner owner) {
        Session session = id == null ? null : byId.get(id);
        return session != null && session.app() == app && session.owner().is(owner) ? session : null;
    }

    /** Attaches the connection, unless the session has another browser already (or has ended). */
    private boolean attach(
            WebSocketConnection connection,
            Session session,
            BrowserLink link,
            boolean resumed,
            ClientLocale where,
            SessionIdentity identity) {
        if (!session.attach(link, resumed, where, identity)) {
            return false;
        }
        byConnection.put(connection.id(), new Attachment(session, link));
        if (connection.isClosed()) {
            disconnected(connection); // closed while attaching: the session must not wait for it forever
        }
        return true;
    }

    /**
     * Resumes a session for this connection, unless another live connection holds it; the session
     * takes the connection's identity (its user's roles as they are now).
     */
    private boolean resume(
            WebSocketConnection connection,
            Session session,
            BrowserLink link,
            ClientLocale where,
            SessionIdentity identity) {
        return attach(connection, session, link, true, where, identity)
                || (releaseClosed(session) && attach(connection, session, link, true, where, identity));
    }

    /**
     * Lets go of a session's connection that has closed before its close was handled (a tab that
     * reloads says goodbye just before its new page says hello); true if there was one.
     */
    private boolean releaseClosed(Session session) {
        boolean released = false;
        for (Map.Entry<String, Attachment> entry : byConnection.entrySet()) {
            Attachment attachment = entry.getValue();
            if (attachment.session() == session
                    && attachment.link().isClosed()
                    && byConnection.remove(entry.getKey(), attachment)) {
                released |= session.detach(attachment.link());
            }
        }
        return released;
    }

    /** A new session for a connected tab, evicting a session not in use when the server is full. */
    private Session createLive(
            AppDefinition app, String client, Owner owner, PageRequest request, SessionIdentity identity)
            throws ProtocolException {
        String id = newId();
        try {
            admission.tab(id, client).map(byId::get).ifPresent(this::discard);
        } catch (ProtocolException full) {
            SessionMetering.current().refused(app.appClass().getName(), SessionMeters.Refusal.TOO_MANY_SESSIONS);
            throw full;
        }
        return create(app, id, owner, request, identity);
    }

    /**
     * Whether a run of {@code app} has drawn a chart since the server started: its page then has the
     * browser warm its chart library up while the first fragments run.
     */
    public boolean drawsCharts(AppDefinition app) {
        return charted.drew(app.path());
    }

    /** How many sessions of {@code app} are open (for {@code weft.sessions.open}). */
    private long openSessions(AppDefinition app) {
        return byId.values().stream().filter(session -> session.app() == app).count();
    }

    private Session create(AppDefinition app, String id, Owner owner, PageRequest request, SessionIdentity identity) {
        InstanceHandle<?> instance = instance(app, identity);
        if (!instance.isAvailable()) {
            admission.removed(id);
            throw new IllegalStateException(
                    "No bean for @App class " + app.appClass().getName());
        }
        boolean traces = config.showStackTraces().orElse(dev);
        Session session = new Session(
                id,
                app,
                instance,
                dev,
                traces,
                limiters,
                config.partialInterval().toNanos(),
                media.open(),
                uploads,
                config.fragments().timeLimit().filter(Duration::isPositive).orElse(null),
                request);
        session.ownedBy(owner);
        session.identity(identity);
        session.pages = apps::byClass;
        session.charted = charted;
        byId.put(session.id(), session);
        SessionMetering.current().started(app.appClass().getName(), () -> openSessions(app));
        LOG.debugf("Session %s started for %s", session.id(), app.path());
        return session;
    }

    /** The app's instance, made as its user: its constructor and {@code @PostConstruct} see who that is. */
    private static InstanceHandle<?> instance(AppDefinition app, SessionIdentity identity) {
        try {
            return RunAs.call(identity, () -> Arc.container().instance(app.appClass()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void expireLater(Session session, Duration timeout) {
        // Timers fire on a millisecond clock: allow for that, or a session could outlive its timer.
        long nanos = Math.max(0, timeout.toNanos() - TIMER_SLACK_NANOS);
        vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
            if (session.detachedLongerThan(nanos)) {
                discard(session);
            }
        });
    }

    private void discard(Session session) {
        byId.remove(session.id());
        admission.removed(session.id());
        // Closing interrupts the session's threads and destroys its instance: keep it off the event loop.
        Thread.ofVirtual().name("weft-close-" + session.id()).start(session::close);
        LOG.debugf("Session %s ended", session.id());
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
