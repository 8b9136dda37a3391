package dev.weft.runtime.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A scheme, host and port, compared as a browser compares origins: case-insensitively, with a
 * scheme's default port written or not ({@code https://a} is {@code https://a:443}).
 */
record Endpoint(String scheme, String host, int port) {

    /** The endpoint of an {@code Origin} header or a configured origin, or empty if it is not one. */
    static Optional<Endpoint> ofOrigin(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme();
            if (scheme == null
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return of(scheme, uri.getHost(), uri.getPort());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The endpoint a request of {@code scheme} was addressed to by its {@code Host} header. */
    static Optional<Endpoint> ofHost(String scheme, String host) {
        if (scheme == null || host == null || host.isBlank()) {
            return Optional.empty();
        }
        return ofOrigin(scheme + "://" + host.trim());
    }

    private static Optional<Endpoint> of(String scheme, String host, int port) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        int defaultPort =
                switch (lower) {
                    case "http" -> 80;
                    case "https" -> 443;
                    default -> -1;
                };
        if (defaultPort < 0) {
            return Optional.empty();
        }
        return Optional.of(new Endpoint(lower, host.toLowerCase(Locale.ROOT), port < 0 ? defaultPort : port));
    }
}
