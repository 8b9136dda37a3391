package dev.weft.runtime.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The page served instead of an app's when the server cannot give its tab a session: HTTP 503 with
 * {@code Retry-After}, a message that says so, and a reload a minute later.
 */
final class BusyPage {

    static final int RETRY_AFTER_SECONDS = 60;

    private BusyPage() {}

    static void send(RoutingContext context, String title, String reason) {
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="color-scheme" content="light dark">
                  <meta http-equiv="refresh" content="%d">
                  <title>Server busy · %s</title>
                  <style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem}</style>
                </head>
                <body>
                  <main class="weft-busy">
                    <h1>Please try again in a minute</h1>
                    <p class="weft-busy-reason">%s</p>
                    <p>This page tries again by itself in a minute.</p>
                  </main>
                </body>
                </html>
                """.formatted(RETRY_AFTER_SECONDS, PageHandler.escape(title), PageHandler.escape(reason));
        context.response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .end(html);
    }
}
