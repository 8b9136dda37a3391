package dev.weft.runtime.session;

import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The network address a tab's connection came from, as the per-address session cap counts it. The
 * WebSocket upgrade records it on the connection (it sees the HTTP request, and so the address
 * Quarkus took from a trusted proxy's headers); none is recorded when the client cannot be told
 * apart from others.
 */
public final class ClientAddress {

    /** The connection's user data entry that holds the client's address. */
    public static final UserData.TypedKey<String> KEY = UserData.TypedKey.forString("weft.client-address");

    private ClientAddress() {}

    /** The address recorded for this connection; null when none was. */
    static String of(WebSocketConnection connection) {
        return connection.userData().get(KEY);
    }
}
