package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * messages, so that a sort of a large table holds up nothing else the tab does.
 *
 * <p>A request that needs no sort (unsorted, or a page of the order the table has cached) is answered
 * at once. One that needs a sort runs on the server's sort threads, at most {@link #THREADS} sorts at a
 * time across all sessions. While a table sorts, the requests for it that arrive wait in its lane and
 * each newer one supersedes the one waiting: when the sort ends, only the newest request is answered
 * (the page shows what the user asked for last), and the superseded ones are never sorted. Answers for
 * one table leave in the order their requests arrived.
 */
final class TableSorter {

    private static final Logger LOG = Logger.getLogger(TableSorter.class);

    /** How many sorts run at once on this server: half the cores, so fragments keep running meanwhile. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private static final ThreadPoolExecutor SORTS = sortThreads();

    private final Consumer<ObjectNode> send;
    private final Map<String, Lane> lanes = new HashMap<>(); // guarded by this

    /** A table being sorted, and the newest request for it that came meanwhile. */
    private static final class Lane {
        TableRequests.Job next;
    }

    /** @param send sends an answer to the session's browser */
    TableSorter(Consumer<ObjectNode> send) {
        this.send = send;
    }

    /** Answers a checked request now, or after the sort it needs; called without the session's lock. */
    synchronized void submit(TableRequests.Job job) {
        String key = job.slot() + '\n' + job.table();
        Lane lane = lanes.get(key);
        if (lane != null) {
            lane.next = job;
            return;
        }
        if (job.quick()) {
            send.accept(job.answer());
            return;
        }
        Lane started = new Lane();
        lanes.put(key, started);
        try {
            SORTS.execute(() -> run(key, started, job));
        } catch (RejectedExecutionException e) {
            lanes.remove(key);
            LOG.debug("The table sort threads are stopped", e);
        }
    }

    private void run(String key, Lane lane, TableRequests.Job first) {
        TableRequests.Job job = first;
        while (true) {
            ObjectNode answer = null;
            try {
                answer = job.answer();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not sort table '%s' of fragment '%s'", job.table(), job.slot());
            }
            synchronized (this) {
                TableRequests.Job next = lane.next;
                lane.next = null;
                if (next == null) {
                    lanes.remove(key);
                    if (answer != null) {
                        send.accept(answer);
                    }
                    return;
                }
                job = next;
            }
        }
    }

    private static ThreadPoolExecutor sortThreads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                THREADS,
                THREADS,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("weft-table-sort-", 0).daemon().factory());
        pool.allowCoreThreadTimeOut(true); // no thread is left behind once tables stop being sorted
        return pool;
    }
}
