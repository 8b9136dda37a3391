package dev.weft.runtime.web;

import dev.weft.runtime.config.Config;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Refuses WebSocket upgrades from pages of other origins (cross-site WebSocket hijacking). An
 * upgrade without an {@code Origin} header comes from a non-browser client and is allowed.
 */
@Singleton
class OriginCheck implements HttpUpgradeCheck {

    private final List<String> allowed;

    OriginCheck() {
        this.allowed = Config.weft().allowedOrigins().orElse(List.of()).stream()
                .map(origin -> origin.toLowerCase(Locale.ROOT))
                .toList();
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return WeftSocket.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String origin = context.httpRequest().getHeader("Origin");
        String host = context.httpRequest().getHeader("Host");
        return permitted(origin, host) ? CheckResult.permitUpgrade() : CheckResult.rejectUpgrade(403);
    }

    boolean permitted(String origin, String host) {
        if (origin == null) {
            return true;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        if (allowed.contains(normalized)) {
            return true;
        }
        try {
            URI uri = new URI(normalized);
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equals(host.toLowerCase(Locale.ROOT));
        } catch (Exception e) {
            return false;
        }
    }
}
