package dev.weft.runtime.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** Sends a session's messages to one WebSocket connection, as JSON text frames. */
public final class BrowserLink implements Consumer<ObjectNode> {

    private static final Logger LOG = Logger.getLogger(BrowserLink.class);

    private final WebSocketConnection connection;
    private final ObjectMapper mapper;

    public BrowserLink(WebSocketConnection connection, ObjectMapper mapper) {
        this.connection = connection;
        this.mapper = mapper;
    }

    /** Whether the connection has closed (its close may not have been handled yet). */
    boolean isClosed() {
        return connection.isClosed();
    }

    /** Closes the connection; its tab reconnects (to this server once it is back). */
    void close() {
        if (!connection.isClosed()) {
            connection
                    .close()
                    .subscribe()
                    .with(ok -> {}, failure -> LOG.debugf(failure, "Could not close %s", connection.id()));
        }
    }

    @Override
    public void accept(ObjectNode message) {
        if (connection.isClosed()) {
            return;
        }
        String text;
        try {
            text = mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialize a Weft message", e);
        }
        connection
                .sendText(text)
                .subscribe()
                .with(ok -> {}, failure -> LOG.debugf(failure, "Could not send to %s", connection.id()));
    }
}
