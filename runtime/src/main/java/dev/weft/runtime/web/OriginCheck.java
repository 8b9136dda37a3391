package dev.weft.runtime.web;

import dev.weft.runtime.config.Config;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Refuses requests from pages of other origins (cross-site WebSocket hijacking) and requests
 * addressed to hosts the server does not answer to (DNS rebinding): the WebSocket upgrade and
 * uploads need an {@code Origin} of the same scheme, host and port as the request, or one listed in
 * {@code quarkus.weft.allowed-origins}; every Weft request needs a {@code Host} that {@link HostCheck}
 * accepts. A request without an {@code Origin} header comes from a non-browser client and passes
 * the Origin check.
 */
@Singleton
class OriginCheck implements HttpUpgradeCheck {

    private final List<Endpoint> allowed;
    private final HostCheck hosts;

    OriginCheck() {
        this.allowed = Config.weft().allowedOrigins().orElse(List.of()).stream()
                .map(Endpoint::ofOrigin)
                .flatMap(Optional::stream)
                .toList();
        this.hosts = HostCheck.fromConfig();
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return WeftSocket.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (!permitted(context.httpRequest())) {
            return CheckResult.rejectUpgrade(403);
        }
        Utf8Frames.validate(context.httpRequest());
        return CheckResult.permitUpgrade();
    }

    /** Whether the request's {@code Host} is accepted and its {@code Origin} (if any) is allowed. */
    boolean permitted(HttpServerRequest request) {
        return permitted(request.getHeader("Origin"), host(request), request.scheme());
    }

    /** The host and port a request is addressed to: its {@code Host} header, or HTTP/2's {@code :authority}. */
    static String host(HttpServerRequest request) {
        String host = request.getHeader("Host");
        if (host == null && request.authority() != null) {
            HostAndPort authority = request.authority();
            host = authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
        }
        return host;
    }

    /** Whether the server answers to {@code host} (the request's {@code Host} header). */
    boolean hostPermitted(String host) {
        return hosts.permitted(host);
    }

    boolean permitted(String origin, String host, String scheme) {
        if (!hosts.permitted(host)) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        Optional<Endpoint> from = Endpoint.ofOrigin(origin);
        if (from.isEmpty()) {
            return false; // "null" (a sandboxed or file page) or garbage
        }
        return allowed.contains(from.get())
                || Endpoint.ofHost(scheme, host).map(from.get()::equals).orElse(false);
    }
}
