package dev.weft.runtime.limits.cluster;

import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import org.jboss.logging.Logger;

/**
 * Whether this instance can reach the Redis of its cluster limits, and one warning per outage.
 *
 * <p>After a failed round trip Redis counts as down: for {@link #RETRY_NANOS} calls do not try it
 * (each would wait for the command timeout when Redis's host does not answer at all); after that the
 * next call, or the lease renewer's probe, tries again, and the first success ends the outage.
 */
final class RedisHealth {

    /** How long after a failure calls skip Redis and treat it as down without trying. */
    static final long RETRY_NANOS = 1_000_000_000L;

    private static final Logger LOG = Logger.getLogger(RedisHealth.class);

    private final String address;
    private final OnUnavailable onUnavailable;
    private boolean down; // guarded by this
    private long lastFailure; // guarded by this: System.nanoTime() of the last failure

    RedisHealth(String address, OnUnavailable onUnavailable) {
        this.address = address;
        this.onUnavailable = onUnavailable;
    }

    /** Where Redis is, for messages: its URI without credentials. */
    String address() {
        return address;
    }

    /** Whether a round trip failed less than {@link #RETRY_NANOS} ago and none succeeded since. */
    synchronized boolean knownDown() {
        return down && System.nanoTime() - lastFailure < RETRY_NANOS;
    }

    /** Whether the last round trip failed. */
    synchronized boolean down() {
        return down;
    }

    /** A round trip failed: starts an outage, with one warning, unless one is under way. */
    void failed(Throwable cause) {
        boolean started;
        synchronized (this) {
            started = !down;
            down = true;
            lastFailure = System.nanoTime();
        }
        if (started) {
            LOG.warnf(
                    "Redis at %s cannot be reached (%s): %s until it answers again.",
                    address,
                    cause,
                    onUnavailable == OnUnavailable.LOCAL
                            ? "cluster limits run under each server's own permits (quarkus.weft.limits.cluster.on-unavailable=local)"
                            : "calls of cluster limits are refused (quarkus.weft.limits.cluster.on-unavailable=refuse)");
        }
    }

    /** A round trip succeeded: ends an outage, if any. */
    void succeeded() {
        boolean ended;
        synchronized (this) {
            ended = down;
            down = false;
        }
        if (ended) {
            LOG.infof("Redis at %s answers again: cluster limits are shared again.", address);
        }
    }
}
