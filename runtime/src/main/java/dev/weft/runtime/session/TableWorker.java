package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Protocol;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Answers one session's table requests off the session's lock and off the thread that reads its
 * messages, so that a sort of a large table, a search, or a query of a table kept in a database holds
 * up nothing else the tab does.
 *
 * <p>A request that takes no time (a page of rows held in the order asked for) is answered at once.
 * Any other runs on the server's table threads, at most {@link #THREADS} at a time across all
 * sessions. While a table works, the requests for it that arrive wait in its lane and each newer one
 * supersedes the one waiting: when the work ends, only the newest request is answered (the page shows
 * what the user asked for last), and the superseded ones never run. Answers for one table leave in the
 * order their requests arrived. Work that fails is answered with an error naming the table; the
 * session goes on.
 */
final class TableWorker {

    private static final Logger LOG = Logger.getLogger(TableWorker.class);

    /**
     * How many table requests run at once on this server: half the cores, at least two (a query mostly
     * waits for its database), so that fragments keep running meanwhile.
     */
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);

    private static final ThreadPoolExecutor WORKERS = workerThreads();

    private final Consumer<ObjectNode> send;
    private final Map<String, Lane> lanes = new HashMap<>(); // guarded by this

    /** A table at work, and the newest request for it that came meanwhile. */
    private static final class Lane {
        TableRequests.Job next;
    }

    /** @param send sends an answer to the session's browser */
    TableWorker(Consumer<ObjectNode> send) {
        this.send = send;
    }

    /** Answers a checked request now, or after the work it needs; called without the session's lock. */
    synchronized void submit(TableRequests.Job job) {
        String key = job.lane();
        Lane lane = lanes.get(key);
        if (lane != null) {
            lane.next = job;
            return;
        }
        if (job.quick()) {
            send.accept(answer(job));
            return;
        }
        Lane started = new Lane();
        lanes.put(key, started);
        try {
            WORKERS.execute(() -> run(key, started, job));
        } catch (RejectedExecutionException e) {
            lanes.remove(key);
            LOG.debug("The table threads are stopped", e);
        }
    }

    private void run(String key, Lane lane, TableRequests.Job first) {
        TableRequests.Job job = first;
        while (true) {
            ObjectNode answer = answer(job);
            synchronized (this) {
                TableRequests.Job next = lane.next;
                lane.next = null;
                if (next == null) {
                    lanes.remove(key);
                    send.accept(answer);
                    return;
                }
                job = next;
            }
        }
    }

    private static ObjectNode answer(TableRequests.Job job) {
        try {
            return job.answer();
        } catch (RuntimeException e) {
            LOG.errorf(
                    e,
                    "Could not answer for table '%s' of fragment '%s'",
                    job.request().table(),
                    job.request().slot());
            return Protocol.tableError(job.request(), ErrorCode.TABLE_FAILED, "The table could not be read: " + e);
        }
    }

    private static ThreadPoolExecutor workerThreads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("weft-table-", 0).daemon().factory());
        pool.allowCoreThreadTimeOut(true); // no thread is left behind once tables stop working
        return pool;
    }
}
