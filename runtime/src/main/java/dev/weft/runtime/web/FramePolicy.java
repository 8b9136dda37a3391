package dev.weft.runtime.web;

import io.vertx.core.http.HttpServerResponse;
import java.util.Locale;

/**
 * Which sites may frame the apps' pages (clickjacking): {@code quarkus.weft.frame-ancestors} as a {@code
 * Content-Security-Policy: frame-ancestors} header, and as {@code X-Frame-Options} where that
 * older header can say the same.
 */
record FramePolicy(String csp, String xFrameOptions) {

    static FramePolicy of(String frameAncestors) {
        String sources = frameAncestors.trim();
        if (sources.isEmpty() || sources.chars().anyMatch(c -> c < 0x20 || c == ';' || c == ',' || c == 0x7f)) {
            throw new IllegalArgumentException("quarkus.weft.frame-ancestors must be a list of CSP sources separated by"
                    + " spaces, such as 'self' https://portal.example.com, but is: " + frameAncestors);
        }
        String options =
                switch (sources.toLowerCase(Locale.ROOT)) {
                    case "'self'" -> "SAMEORIGIN";
                    case "'none'" -> "DENY";
                    default -> null;
                };
        return new FramePolicy(sources.equals("*") ? null : "frame-ancestors " + sources, options);
    }

    void apply(HttpServerResponse response) {
        if (csp != null) {
            response.putHeader("Content-Security-Policy", csp);
        }
        if (xFrameOptions != null) {
            response.putHeader("X-Frame-Options", xFrameOptions);
        }
    }
}
