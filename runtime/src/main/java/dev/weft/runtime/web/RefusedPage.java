package dev.weft.runtime.web;

import dev.weft.runtime.identity.Identities;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * What a user who may not open a page gets instead of it. A logged-in user without the page's roles
 * gets HTTP 403 and a page that says so. A user who has not logged in is challenged the way the
 * application's Quarkus authentication mechanism does it (basic: 401 with {@code WWW-Authenticate};
 * form and OIDC: a redirect to the login), or, with no security extension to log in with, gets 401
 * and a page that says so. Never a blank page.
 */
final class RefusedPage {

    private RefusedPage() {}

    static void send(RoutingContext context, String title, boolean loggedIn) {
        if (!loggedIn && Identities.securityPresent()) {
            context.fail(new UnauthorizedException("Log in to open " + title));
            return;
        }
        String heading = loggedIn ? "You are not allowed to open this page" : "Log in to open this page";
        String reason = loggedIn
                ? "Your account does not have a role this page needs. Ask its owner for access."
                : "This page is for logged-in users only, and this server has no way to log in.";
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="color-scheme" content="light dark">
                  <title>Not allowed · %s</title>
                  <style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem}</style>
                </head>
                <body>
                  <main class="weft-refused">
                    <h1>%s</h1>
                    <p class="weft-refused-reason">%s</p>
                    <p><a href="/">Back to the first page</a></p>
                  </main>
                </body>
                </html>
                """.formatted(PageHandler.escape(title), heading, reason);
        context.response()
                .setStatusCode(loggedIn ? 403 : 401)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(html);
    }
}
