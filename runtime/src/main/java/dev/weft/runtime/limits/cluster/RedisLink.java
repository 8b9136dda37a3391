package dev.weft.runtime.limits.cluster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every cluster-limited group of this instance shares: the settings, the scripts, the release
 * notices, Redis's health and the numbering of leases; and the one way to wait for Redis's answer.
 */
final class RedisLink {

    private final ClusterSettings settings;
    private final LeaseScripts scripts;
    private final ReleaseSignals signals;
    private final RedisHealth health;
    private final String instance;
    private final AtomicLong next = new AtomicLong();

    /**
     * @param instance names this instance in lease ids ({@code <instance>:<n>}), so that a look at
     *     Redis tells whose leases they are
     */
    RedisLink(
            ClusterSettings settings,
            LeaseScripts scripts,
            ReleaseSignals signals,
            RedisHealth health,
            String instance) {
        this.settings = settings;
        this.scripts = scripts;
        this.signals = signals;
        this.health = health;
        this.instance = instance;
    }

    ClusterSettings settings() {
        return settings;
    }

    LeaseScripts scripts() {
        return scripts;
    }

    ReleaseSignals signals() {
        return signals;
    }

    RedisHealth health() {
        return health;
    }

    /** A new lease (and ticket) id, unique across the cluster. */
    String nextId() {
        return instance + ":" + next.incrementAndGet();
    }

    /**
     * Sends {@code command} and waits for its answer, at most the command timeout.
     *
     * @throws Unreachable when Redis does not answer in time or answers with an error; Redis counts
     *     as down until a round trip succeeds again
     * @throws Interrupted when the calling thread is interrupted while it waits; the command may
     *     still run
     */
    Response send(Uni<Response> command) {
        CompletableFuture<Response> reply;
        try {
            reply = command.subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            health.failed(e);
            throw new Unreachable(e, CompletableFuture.failedFuture(e));
        }
        try {
            Response response = reply.get(settings.commandTimeout().toNanos(), TimeUnit.NANOSECONDS);
            health.succeeded();
            return response;
        } catch (InterruptedException e) {
            throw new Interrupted(reply);
        } catch (ExecutionException e) {
            health.failed(e.getCause());
            throw new Unreachable(e.getCause(), reply);
        } catch (TimeoutException e) {
            health.failed(e);
            throw new Unreachable(e, reply);
        }
    }

    /**
     * Waits for {@code future} at most {@code nanos}, going on waiting through interrupts.
     *
     * @return whether the thread was interrupted meanwhile (its interrupt flag is then clear)
     */
    static boolean awaitUninterruptibly(CompletableFuture<?> future, long nanos) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return interrupted;
            }
            try {
                future.get(left, TimeUnit.NANOSECONDS);
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | TimeoutException e) {
                return interrupted;
            }
        }
    }

    /** Redis did not answer a command, or answered with an error. */
    static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CompletableFuture<Response> reply;

        Unreachable(Throwable cause, CompletableFuture<Response> reply) {
            super(cause);
            this.reply = reply;
        }

        /** The command's answer, should it still come. */
        CompletableFuture<Response> reply() {
            return reply;
        }
    }

    /** The calling thread was interrupted while it waited for Redis. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CompletableFuture<Response> reply;

        Interrupted(CompletableFuture<Response> reply) {
            super(null, null, false, false);
            this.reply = reply;
        }

        /** The command's answer, still to come or not. */
        CompletableFuture<Response> reply() {
            return reply;
        }
    }
}
