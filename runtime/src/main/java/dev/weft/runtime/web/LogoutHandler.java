package dev.weft.runtime.web;

import dev.weft.runtime.session.Sessions;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Weft's logout endpoint ({@code POST /_weft/logout}), where the header's "Log out" control posts: it
 * clears Quarkus's form-authentication cookie ({@link FormAuthenticationMechanism#logout}) and sends
 * the browser to the login page, or to {@code /} when form authentication is off. Every session of
 * the browser ends, so its other open tabs cannot go on as the user either. Only a POST from a
 * page of the site logs out, so another site cannot log a user out with a link or an image.
 */
final class LogoutHandler implements Handler<RoutingContext> {

    static final String PATH = HeaderUser.WEFT_LOGOUT;

    /** Set on a request by Quarkus's form authentication: {@code logout} needs it to name the cookie. */
    private static final String FORM_COOKIE_ATTRIBUTE = "io.quarkus.vertx.http.runtime.security.form.cookie-name";

    private final boolean form;
    private volatile OriginCheck origins;

    /** @param form whether form authentication is on ({@code quarkus.http.auth.form.enabled}) */
    LogoutHandler(boolean form) {
        this.form = form;
    }

    @Override
    public void handle(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.response()
                    .setStatusCode(405)
                    .putHeader(HttpHeaders.ALLOW, "POST")
                    .end("Log out with the \"Log out\" button of a page.");
            return;
        }
        if (origins == null) {
            origins = Arc.container().instance(OriginCheck.class).get();
        }
        if (!origins.permitted(context.request())) {
            context.response().setStatusCode(403).end("Logging out is only possible from a page of this site.");
            return;
        }
        if (context.get(FORM_COOKIE_ATTRIBUTE) != null) {
            FormAuthenticationMechanism.logout(context);
        }
        // The browser's other tabs are logged out too: their sessions end and their sockets close.
        Arc.container()
                .instance(Sessions.class)
                .get()
                .endBrowser(BrowserSecret.find(context.request().headers().getAll(HttpHeaders.COOKIE)));
        context.response()
                .setStatusCode(303)
                .putHeader(HttpHeaders.LOCATION, afterLogout())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    private String afterLogout() {
        if (!form) {
            return "/";
        }
        String login = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.form.login-page", String.class)
                .orElse(LoginPage.PATH);
        return login.equals(LoginPage.PATH) ? LoginPage.PATH + "?logout" : login;
    }
}
