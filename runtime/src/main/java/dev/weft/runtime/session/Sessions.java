package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.AppRegistry;
import dev.weft.runtime.config.Config;
import dev.weft.runtime.config.WeftConfig;
import dev.weft.runtime.limits.Limiters;
import dev.weft.runtime.media.MediaStore;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
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
        this.timers = (millis, task) -> {
            long timer = vertx.setPeriodic(millis, id -> task.run());
            return () -> vertx.cancelTimer(timer);
        };
    }

    /**
     * Starts a session for a page being served, so its fragments run while the browser loads the
     * page; the tab claims it by id. Empty when disabled or when the server is full (the tab then
     * asks for a session when it connects, and is told why it cannot have one).
     */
    public Optional<String> startForPage(AppDefinition app) {
        if (!config.sessions().startOnPageLoad()) {
            return Optional.empty();
        }
        try {
            Session session = create(app);
            expireLater(session, config.sessions().claimTimeout());
            session.start(timers);
            return Optional.of(session.id());
        } catch (ProtocolException e) {
            return Optional.empty();
        }
    }

    /** Starts a session no browser will claim, for {@link dev.weft.testing.AppTester}; the caller closes it. */
    public Session startDetached(String path) {
        AppDefinition app = apps.byPath(path)
                .orElseThrow(() -> new IllegalArgumentException("No Weft app is served at '" + path + "'."));
        try {
            Session session = create(app);
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

    /** Ends a session now. */
    public void end(Session session) {
        byId.remove(session.id());
        session.close();
    }

    /** Binds a connection to a resumed, page-started or new session of the app it names. */
    public void hello(WebSocketConnection connection, Incoming.Hello hello) throws ProtocolException {
        AppDefinition app = apps.byPath(hello.app())
                .orElseThrow(() -> new ProtocolException(
                        ErrorCode.UNKNOWN_APP, "No Weft app is served at '" + hello.app() + "'."));
        if (byConnection.containsKey(connection.id())) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This connection has already sent hello.");
        }
        BrowserLink link = new BrowserLink(connection, mapper);
        Session resumable = find(hello.session(), app);
        Session prestarted = find(hello.prestarted(), app);
        if (resumable != null) {
            if (prestarted != null && prestarted != resumable && !prestarted.claimed()) {
                discard(prestarted); // a reload that resumes: the page's own session is not needed
            }
            attach(connection, resumable, link, true);
        } else if (prestarted != null && !prestarted.claimed()) {
            attach(connection, prestarted, link, false);
        } else {
            Session session = create(app);
            attach(connection, session, link, false);
            session.start(timers);
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
            expireLater(attachment.session(), config.sessions().reconnectTimeout());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        byId.values().forEach(Session::close);
        byId.clear();
    }

    private Session find(String id, AppDefinition app) {
        Session session = id == null ? null : byId.get(id);
        return session != null && session.app() == app ? session : null;
    }

    private void attach(WebSocketConnection connection, Session session, BrowserLink link, boolean resumed) {
        byConnection.put(connection.id(), new Attachment(session, link));
        session.attach(link, resumed);
    }

    private Session create(AppDefinition app) throws ProtocolException {
        if (byId.size() >= config.sessions().max()) {
            throw new ProtocolException(
                    ErrorCode.TOO_MANY_SESSIONS,
                    "The server has reached its limit of " + config.sessions().max() + " sessions. Try again later.");
        }
        InstanceHandle<?> instance = Arc.container().instance(app.appClass());
        if (!instance.isAvailable()) {
            throw new IllegalStateException(
                    "No bean for @App class " + app.appClass().getName());
        }
        boolean traces = config.showStackTraces().orElse(dev);
        Session session = new Session(
                newId(),
                app,
                instance,
                dev,
                traces,
                limiters,
                config.partialInterval().toNanos(),
                media.open(),
                uploads,
                config.fragments().timeLimit().filter(Duration::isPositive).orElse(null));
        byId.put(session.id(), session);
        LOG.debugf("Session %s started for %s", session.id(), app.path());
        return session;
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
