package dev.weft.runtime.web;

import dev.weft.runtime.config.Config;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host names the server answers to ({@code quarkus.weft.allowed-hosts}), against DNS rebinding: a page
 * of another site whose name was made to resolve to this server sends its own name in {@code Host}.
 * Unset, any host is accepted (a server reached through proxies by names it cannot know); set, a
 * request's host must be listed ({@code *.example.com} covers every name under {@code example.com})
 * or be a loopback name ({@code localhost}, {@code *.localhost}, {@code 127.*}, {@code [::1]}).
 */
final class HostCheck {

    private final Optional<List<String>> allowed;

    HostCheck(Optional<List<String>> allowed) {
        this.allowed = allowed.map(hosts ->
                hosts.stream().map(host -> host.trim().toLowerCase(Locale.ROOT)).toList());
    }

    static HostCheck fromConfig() {
        return new HostCheck(Config.weft().allowedHosts());
    }

    /** Whether a request whose {@code Host} header is {@code hostHeader} is answered. */
    boolean permitted(String hostHeader) {
        if (allowed.isEmpty()) {
            return true;
        }
        Optional<String> name = Endpoint.ofHost("http", hostHeader).map(Endpoint::host);
        return name.isPresent() && (loopback(name.get()) || listed(name.get()));
    }

    private boolean listed(String name) {
        for (String host : allowed.get()) {
            if (host.equals(name) || (host.startsWith("*.") && name.endsWith(host.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean loopback(String name) {
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
