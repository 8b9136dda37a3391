package dev.weft.runtime.web;

import dev.weft.runtime.tables.ExportTickets;
import dev.weft.runtime.tables.TableExports;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Serves {@code GET /_weft/export/<ticket>}: a table's rows as a view selects them, as CSV or an Excel
 * workbook ({@link ExportTickets}), or 404 for a ticket that is unknown or has expired. The rows are
 * written as they are read, on the export threads (at most {@link #THREADS} exports at a time; more
 * waiting than {@link #QUEUE} get 503), and no faster than the browser reads them.
 */
final class ExportHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ExportHandler.class);

    static final int THREADS = 2;
    static final int QUEUE = 32;

    private static final Pattern TICKET = Pattern.compile("[0-9a-f]{32}");

    private static final ThreadPoolExecutor EXPORTS = exportThreads();

    @Override
    public void handle(RoutingContext context) {
        String id = context.normalizedPath().substring(ExportTickets.PATH.length());
        ExportTickets.Ticket ticket = TICKET.matcher(id).matches() ? ExportTickets.find(id) : null;
        HttpServerResponse response = context.response()
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Security-Policy", "default-src 'none'; sandbox")
                .putHeader("Cross-Origin-Resource-Policy", "same-origin")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (ticket == null) {
            response.setStatusCode(404).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, TableExports.mimeType(ticket.format()))
                .putHeader("Content-Disposition", MediaHandler.attachment(ticket.fileName()));
        if (context.request().method().name().equals("HEAD")) {
            response.end();
            return;
        }
        try {
            EXPORTS.execute(() -> export(ticket, response));
        } catch (RejectedExecutionException e) {
            response.setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "5").end("The server is busy exporting.");
        }
    }

    private static void export(ExportTickets.Ticket ticket, HttpServerResponse response) {
        ResponseStream out = new ResponseStream(response);
        try {
            TableExports.write(ticket.table(), ticket.criteria(), ticket.format(), out);
            out.close();
        } catch (Exception e) {
            LOG.warnf(e, "Could not export table as %s", ticket.format());
            out.fail("The table could not be exported: " + e.getMessage());
        }
    }

    private static ThreadPoolExecutor exportThreads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                Thread.ofPlatform().name("weft-export-", 0).daemon().factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
