package dev.weft.runtime.limits.cluster;

import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import dev.weft.runtime.limits.LimitMessages;
import dev.weft.runtime.limits.Limiter;
import dev.weft.runtime.limits.RunTimes;
import dev.weft.runtime.limits.cluster.GroupLine.Snapshot;
import dev.weft.runtime.limits.cluster.GroupLine.Ticket;
import dev.weft.runtime.limits.cluster.RedisLink.Interrupted;
import dev.weft.runtime.limits.cluster.RedisLink.Unreachable;
import io.vertx.mutiny.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A {@link dev.weft.Limited.Scope#CLUSTER cluster} group's permits and line, shared through Redis
 * by every instance of the application: a lease semaphore (see {@link LeaseScripts}).
 *
 * <p>A caller takes a ticket at the end of the cluster-wide line and gets a permit when its ticket
 * is among the first (permits − leases held): first come, first served across every instance. While
 * it waits, this instance's {@link GroupLine} looks at the line for all of its waiters at once,
 * whenever a release notice comes and at least every renew interval, which also renews their
 * tickets and tells each listener its new place. A permit held is a lease that {@link
 * RedisClusterLimiters} renews while the call runs; closing it gives it back. An instance that dies
 * stops renewing, so its leases and tickets expire.
 *
 * <p>Whatever the interleaving, nothing leaks: a caller that times out or is interrupted leaves the
 * line with one script that also drops a lease granted to it meanwhile, a permit granted to a waiter
 * already gone is given back by the poll that grants it, and whatever cannot be removed (Redis
 * down) expires after the lease time.
 */
public final class RedisLimiter implements Limiter {

    private static final Logger LOG = Logger.getLogger(RedisLimiter.class);

    private final LimitDefinition definition;
    private final RunTimes runTimes;
    private final RedisLink link;
    private final GroupKeys keys;
    private final GroupLine line;
    private final LocalFallback fallback;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();

    RedisLimiter(LimitDefinition definition, RunTimes runTimes, RedisLink link) {
        this.definition = definition;
        this.runTimes = runTimes;
        this.link = link;
        this.keys = GroupKeys.of(link.settings().keyPrefix(), definition.group());
        this.line = new GroupLine(link, keys, definition.permits());
        this.fallback =
                link.settings().onUnavailable() == OnUnavailable.LOCAL ? new LocalFallback(definition, runTimes) : null;
        link.signals().register(definition.group(), line);
    }

    @Override
    public LimitDefinition definition() {
        return definition;
    }

    @Override
    public Permit acquire(QueueListener listener) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = definition.timeoutMillis() > 0
                ? System.nanoTime() + definition.timeoutMillis() * 1_000_000
                : Long.MAX_VALUE;
        if (link.health().knownDown()) {
            return unavailable(null, listener, deadline);
        }
        Waiter waiter = new Waiter(listener, deadline);
        try {
            return waiter.run();
        } catch (Unreachable e) {
            waiter.leave(e.reply(), false);
            return unavailable(e.getCause(), listener, deadline);
        } catch (Interrupted e) {
            waiter.leave(e.reply(), true);
            throw new InterruptedException();
        } catch (InterruptedException e) {
            waiter.leave(CompletableFuture.completedFuture(null), true);
            throw e;
        } catch (RuntimeException e) {
            waiter.leave(CompletableFuture.completedFuture(null), false);
            throw e;
        }
    }

    /** The ids of the leases this instance holds now, for the renewer. */
    List<String> held() {
        return new ArrayList<>(held);
    }

    /** The keys of this group. */
    GroupKeys keys() {
        return keys;
    }

    /** This instance's waiters of the group, for the renewer's poll. */
    GroupLine line() {
        return line;
    }

    /**
     * Renewal found leases gone from Redis and not to be taken again (they expired while this
     * instance could not reach Redis, and their permits went to others): warns once per lease.
     */
    void lost(List<String> ids) {
        for (String id : ids) {
            if (held.contains(id) && lost.add(id)) {
                LOG.warnf(
                        "A running call of the cluster limit '%s' lost its lease %s: it expired before the call ended"
                                + " (Redis could not be reached for longer than quarkus.weft.limits.cluster.lease-time). Until"
                                + " the call ends the cluster may run more than %d calls of '%s' at once.",
                        definition.group(), id, definition.permits(), definition.group());
            }
        }
    }

    private Permit unavailable(Throwable cause, QueueListener listener, long deadline) throws InterruptedException {
        if (fallback == null) {
            throw ClusterMessages.unavailable(definition, link.health().address(), cause);
        }
        return fallback.acquire(listener, deadline);
    }

    private Permit permit(String id) {
        held.add(id);
        return new RedisPermit(id, System.nanoTime());
    }

    /** One caller's way through the line. */
    private final class Waiter {
        private final QueueListener listener;
        private final long deadline;
        private String id;
        private Ticket ticket;
        private int shownPosition;
        private long shownEta = -2;

        Waiter(QueueListener listener, long deadline) {
            this.listener = listener;
            this.deadline = deadline;
        }

        Permit run() throws InterruptedException {
            long notices = line.notices();
            Response reply = join();
            long kind = reply.get(0).toLong();
            if (kind == LeaseScripts.GRANTED) {
                return permit(id);
            }
            if (kind == LeaseScripts.BUSY) {
                id = null; // it never joined
                throw LimitMessages.busy(definition, reply.get(1).toInteger());
            }
            int position = reply.get(1).toInteger();
            ticket = line.add(id, position, notices);
            link.signals().ensureSubscribed();
            show(position);
            return waitForTurn();
        }

        private Permit waitForTurn() throws InterruptedException {
            long version = -1;
            while (true) {
                Snapshot seen = ticket.snapshot();
                switch (seen.state()) {
                    case GRANTED:
                        return permit(id);
                    case GONE:
                        // The ticket expired (this instance could not renew it in time): back to the end.
                        return run();
                    case FAILED:
                        throw new Unreachable(seen.failure(), CompletableFuture.completedFuture(null));
                    case WAITING:
                    default:
                        break;
                }
                if (seen.version() != version) {
                    version = seen.version();
                    show(seen.position());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    leave(CompletableFuture.completedFuture(null), true);
                    throw LimitMessages.timedOut(definition);
                }
                line.await(ticket, version, left);
            }
        }

        private Response join() {
            id = link.nextId();
            return link.send(link.scripts()
                    .join(
                            keys,
                            id,
                            definition.permits(),
                            definition.queue(),
                            link.settings().leaseMillis()));
        }

        /**
         * Leaves the line once {@code inFlight} (the last command sent for this waiter) has ended, so
         * that a permit it granted meanwhile is given back as well; waits for that when the caller
         * must hold nothing on return, else lets it happen in the background.
         */
        void leave(CompletableFuture<Response> inFlight, boolean wait) {
            if (ticket != null) {
                line.remove(ticket);
                ticket = null;
            }
            if (id == null) {
                return;
            }
            String leaving = id;
            id = null;
            CompletableFuture<Response> left = inFlight.handle((response, failure) -> null)
                    .thenCompose(ignored -> link.scripts().leave(keys, leaving).subscribeAsCompletionStage());
            if (wait
                    && RedisLink.awaitUninterruptibly(
                            left, 2 * link.settings().commandTimeout().toNanos())) {
                LOG.debugf("Interrupted again while leaving the line of '%s'", definition.group());
            }
        }

        private void show(int position) {
            long eta = runTimes.estimate(position, definition.permits());
            if (position != shownPosition || eta != shownEta) {
                shownPosition = position;
                shownEta = eta;
                listener.queued(position, eta);
            }
        }
    }

    /** A lease held: renewed by {@link RedisClusterLimiters} until closed. */
    private final class RedisPermit implements Permit {
        private final String id;
        private final long start;
        private final AtomicBoolean closed = new AtomicBoolean();

        RedisPermit(String id, long start) {
            this.id = id;
            this.start = start;
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            held.remove(id);
            lost.remove(id);
            runTimes.record((System.nanoTime() - start) / 1_000_000);
            CompletableFuture<Response> released;
            try {
                released = link.scripts()
                        .release(keys, id, link.settings().leaseMillis())
                        .subscribeAsCompletionStage();
            } catch (RuntimeException e) {
                LOG.debugf(e, "Could not give back the lease %s of '%s': it expires by itself", id, definition.group());
                return;
            }
            if (link.health().knownDown()) {
                return; // no wait for an answer that may never come; unanswered, the lease expires by itself
            }
            if (RedisLink.awaitUninterruptibly(
                    released, link.settings().commandTimeout().toNanos())) {
                Thread.currentThread().interrupt();
            }
            if (!released.isDone() || released.isCompletedExceptionally()) {
                LOG.debugf(
                        "Could not give back the lease %s of '%s' now: it expires by itself", id, definition.group());
            }
            line.poll(); // this instance's own waiters need not wait for the notice to come back
        }
    }
}
