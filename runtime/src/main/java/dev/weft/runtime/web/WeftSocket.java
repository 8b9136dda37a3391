package dev.weft.runtime.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.config.Config;
import dev.weft.runtime.identity.Identities;
import dev.weft.runtime.session.BrowserLink;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.session.Sessions;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.ProtocolException;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

/**
 * The one WebSocket endpoint every Weft page connects to. Each incoming frame is validated in full
 * before it is acted on; a bad one is answered with an {@code error} message and the connection
 * and its session go on.
 */
@WebSocket(path = WeftSocket.PATH, endpointId = WeftSocket.ENDPOINT_ID)
class WeftSocket {

    static final String PATH = "/_weft/ws";
    static final String ENDPOINT_ID = "weft";

    private static final Logger LOG = Logger.getLogger(WeftSocket.class);

    private final Sessions sessions;
    private final ObjectMapper mapper;
    private final int maxMessageSize;

    WeftSocket(Sessions sessions, ObjectMapper mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
        this.maxMessageSize = Config.weft().maxMessageSize();
    }

    @OnTextMessage
    void onMessage(String text, WebSocketConnection connection) {
        try {
            switch (Incoming.parse(mapper, text, maxMessageSize)) {
                case Incoming.Hello hello ->
                    sessions.hello(
                            connection,
                            hello,
                            BrowserSecret.of(connection.handshakeRequest()),
                            RequestCapture.upgrade(connection.handshakeRequest(), hello.app()),
                            Identities.ofConnection());
                case Incoming.Url url -> sessions.of(connection).browserUrl(url.query());
                case Incoming.Theme theme -> sessions.of(connection).theme(theme.theme());
                case Incoming.Ping ping -> sessions.of(connection).send(Protocol.pong());
                case Incoming.Widget widget ->
                    sessions.of(connection).widget(widget.slot(), widget.id(), widget.value());
                case Incoming.Table table -> table(connection, table);
                case Incoming.TableExport export -> export(connection, export);
                case Incoming.TableEdit edit -> edit(connection, edit);
                case Incoming.StreamStop stop -> sessions.of(connection).stopStream(stop.slot(), stop.id(), stop.gen());
                case Incoming.Form form ->
                    sessions.of(connection).form(form.slot(), form.id(), form.submit(), form.values());
            }
        } catch (ProtocolException e) {
            reply(connection, Protocol.error(e));
        }
    }

    /**
     * A table page, sent once answered (a sort runs off this thread), or an error naming the table, so
     * the page knows which table it was refused for.
     */
    private void table(WebSocketConnection connection, Incoming.Table request) throws ProtocolException {
        Session session = sessions.of(connection);
        try {
            session.requestTable(request);
        } catch (ProtocolException e) {
            reply(connection, Protocol.tableError(request, e.code(), e.getMessage()));
        }
    }

    /** An edit of a data editor; a refusal names the editor, row and column, so the page shows it in the cell. */
    private void edit(WebSocketConnection connection, Incoming.TableEdit edit) throws ProtocolException {
        Session session = sessions.of(connection);
        try {
            session.edit(edit);
        } catch (ProtocolException e) {
            reply(connection, Protocol.editRefused(edit, e));
        }
    }

    /** A download's URL, for this session only, or an error naming the table. */
    private void export(WebSocketConnection connection, Incoming.TableExport request) throws ProtocolException {
        Session session = sessions.of(connection);
        try {
            reply(connection, Protocol.tableExport(request, session.exportTable(request)));
        } catch (ProtocolException e) {
            reply(connection, Protocol.tableError(request.request(), e.code(), e.getMessage()));
        }
    }

    @OnClose
    void onClose(WebSocketConnection connection) {
        sessions.disconnected(connection);
    }

    @OnError
    void onError(Throwable failure, WebSocketConnection connection) {
        LOG.debugf(failure, "WebSocket error on %s", connection.id());
        reply(
                connection,
                Protocol.error(ErrorCode.BAD_MESSAGE, "The message could not be read: " + failure.getMessage()));
    }

    private void reply(WebSocketConnection connection, ObjectNode message) {
        new BrowserLink(connection, mapper).accept(message);
    }
}
