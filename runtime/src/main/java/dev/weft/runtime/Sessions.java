package dev.weft.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.runtime.config.WeftConfig;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Every session of this server: creates them on a browser's {@code hello}, resumes them when a tab
 * reconnects, and destroys those whose tab has not come back within the reconnect timeout.
 */
@Singleton
class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    private final AppRegistry apps;
    private final WeftConfig config;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Map<String, Attachment> byConnection = new ConcurrentHashMap<>();

    /** A connection's session and the link that sends to it. */
    record Attachment(Session session, BrowserLink link) {}

    Sessions(AppRegistry apps, WeftConfig config, ObjectMapper mapper, Vertx vertx) {
        this.apps = apps;
        this.config = config;
        this.mapper = mapper;
        this.vertx = vertx;
    }

    /** Binds a connection to a new or resumed session of the app it names. */
    void hello(WebSocketConnection connection, Incoming.Hello hello) throws ProtocolException {
        if (byConnection.containsKey(connection.id())) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "This connection has already sent hello.");
        }
        AppDefinition app = apps.byPath(hello.app())
                .orElseThrow(() -> new ProtocolException(
                        ErrorCode.UNKNOWN_APP, "No Weft app is served at '" + hello.app() + "'."));
        BrowserLink link = new BrowserLink(connection, mapper);
        Session resumable = hello.session() == null ? null : byId.get(hello.session());
        if (resumable != null && resumable.app() == app) {
            byConnection.put(connection.id(), new Attachment(resumable, link));
            resumable.attach(link, true);
            return;
        }
        Session session = create(app);
        byConnection.put(connection.id(), new Attachment(session, link));
        session.attach(link, false);
        session.start();
    }

    /** The session bound to a connection. */
    Session of(WebSocketConnection connection) throws ProtocolException {
        Attachment attachment = byConnection.get(connection.id());
        if (attachment == null) {
            throw new ProtocolException(ErrorCode.NO_SESSION, "Send hello before any other message.");
        }
        return attachment.session();
    }

    /** A connection closed: its session waits for the tab to reconnect, then is destroyed. */
    void disconnected(WebSocketConnection connection) {
        Attachment attachment = byConnection.remove(connection.id());
        if (attachment == null || !attachment.session().detach(attachment.link())) {
            return;
        }
        long timeout = config.sessions().reconnectTimeout().toNanos();
        vertx.setTimer(Math.max(1, timeout / 1_000_000), id -> expireIfDetached(attachment.session(), timeout));
    }

    /** How many sessions are alive, attached or waiting for their tab. */
    int count() {
        return byId.size();
    }

    void onStop(@Observes ShutdownEvent event) {
        byId.values().forEach(Session::close);
        byId.clear();
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
        Session session = new Session(newId(), app, instance, dev, traces);
        byId.put(session.id(), session);
        LOG.debugf("Session %s started for %s", session.id(), app.path());
        return session;
    }

    private void expireIfDetached(Session session, long timeoutNanos) {
        if (session.detachedLongerThan(timeoutNanos)) {
            byId.remove(session.id());
            // Closing interrupts and destroys; keep it off the event loop.
            Thread.ofVirtual().name("weft-close-" + session.id()).start(session::close);
            LOG.debugf("Session %s expired", session.id());
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
