package dev.weft.runtime.web;

import dev.weft.runtime.config.Config;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The logged-in user as a page's header shows them: their name and where the "Log out" control
 * posts to. The page carries it as JSON ({@code <script id="weft-user">}); the browser builds the
 * control from it with text nodes, so nothing from the identity is ever read as HTML.
 *
 * @param name the identity's principal name
 * @param logoutPath where "Log out" posts to, or {@code null} when the user cannot be logged out (HTTP
 *     Basic credentials, which the browser keeps until it is closed)
 */
record HeaderUser(String name, String logoutPath) {

    /** Weft's own logout endpoint: clears the form-authentication cookie. */
    static final String WEFT_LOGOUT = "/_weft/logout";

    static final String OIDC_LOGOUT_PATH = "quarkus.oidc.logout.path";

    /** The user of a page request, or empty for an anonymous one (or an application without security). */
    static Optional<HeaderUser> of(RoutingContext context) {
        SecurityIdentity identity = identity(context);
        if (identity == null || identity.isAnonymous() || identity.getPrincipal() == null) {
            return Optional.empty();
        }
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic =
                authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
        return Optional.of(new HeaderUser(identity.getPrincipal().getName(), basic ? null : configuredLogoutPath()));
    }

    private static SecurityIdentity identity(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            return user.getSecurityIdentity();
        }
        if (context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY) != null) {
            // Proactive authentication is off: authenticate now (the page is served on a worker thread).
            return QuarkusHttpUser.getSecurityIdentityBlocking(context, null);
        }
        return null;
    }

    /** {@code quarkus.weft.auth.logout-path}, else {@code quarkus.oidc.logout.path}, else Weft's own. */
    static String configuredLogoutPath() {
        return Config.weft()
                .auth()
                .logoutPath()
                .or(() -> ConfigProvider.getConfig().getOptionalValue(OIDC_LOGOUT_PATH, String.class))
                .orElse(WEFT_LOGOUT);
    }

    /** The user as JSON, safe inside {@code <script type="application/json">}; {@code null} for nobody. */
    static String json(Optional<HeaderUser> user) {
        return user.map(u -> "{\"name\":" + PageParts.jsonString(u.name()) + ",\"logout\":"
                        + (u.logoutPath() == null ? "null" : PageParts.jsonString(u.logoutPath())) + "}")
                .orElse("null");
    }
}
