package dev.weft.runtime.web;

import dev.weft.runtime.session.ClientAddress;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The client address the per-address session cap ({@code quarkus.weft.sessions.max-per-client}) counts, and
 * the upgrade check that records it on a tab's WebSocket connection (the socket itself only knows
 * the address of its peer, which may be a proxy).
 *
 * <p>The address is the request's remote address, which Quarkus takes from a trusted proxy's headers
 * when {@code quarkus.http.proxy.proxy-address-forwarding} is on. While it is off, a request from a
 * loopback or private-network address that carries {@code Forwarded} or {@code X-Forwarded-For} came
 * through a proxy whose users all share its address: it has no address of its own, and is not capped.
 */
@Singleton
class ClientAddressCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(ClientAddressCheck.class);

    private final boolean forwarding = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)
            .orElse(false);
    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public boolean appliesTo(String endpointId) {
        return WeftSocket.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String address = of(context.httpRequest());
        if (address != null) {
            context.userData().put(ClientAddress.KEY, address);
        }
        return CheckResult.permitUpgrade();
    }

    /** The client's address; null when it cannot be told apart from other clients. */
    String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        if (host == null) {
            return null;
        }
        if (!forwarding && forwarded(request) && privateNetwork(host)) {
            if (warned.compareAndSet(false, true)) {
                LOG.warnf(
                        "Requests reach Weft through a proxy at %s, and Quarkus is not told to take the client's"
                                + " address from its headers: quarkus.weft.sessions.max-per-client cannot tell these"
                                + " clients apart and does not apply to them. Set"
                                + " quarkus.http.proxy.proxy-address-forwarding=true (with allow-forwarded or"
                                + " allow-x-forwarded, and trusted-proxies).",
                        host);
            }
            return null;
        }
        return host;
    }

    private static boolean forwarded(HttpServerRequest request) {
        return request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null;
    }

    private static boolean privateNetwork(String host) {
        try {
            InetAddress address = InetAddress.getByName(host); // a literal: no name lookup
            byte first = address.getAddress()[0];
            return address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || (address.getAddress().length == 16 && (first & 0xfe) == 0xfc); // IPv6 unique local
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
