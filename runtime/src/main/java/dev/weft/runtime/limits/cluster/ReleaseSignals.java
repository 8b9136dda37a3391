package dev.weft.runtime.limits.cluster;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands.ReactiveRedisSubscriber;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * Tells this instance's waiting lines when a cluster-limited group changes anywhere: one Redis
 * subscription to the release channel, on which the lease scripts publish a group's name whenever
 * its waiters may have moved (a permit given back, a waiter gone, a lease expired).
 *
 * <p>Notices can be lost (the subscription drops with Redis), so lines are also polled every renew
 * interval, and a new subscription notifies every line once.
 */
final class ReleaseSignals {

    private static final Logger LOG = Logger.getLogger(ReleaseSignals.class);

    private final ReactiveRedisDataSource redis;
    private final String channel;
    private final Map<String, List<GroupLine>> lines = new ConcurrentHashMap<>();
    private final Object subscription = new Object();
    private ReactiveRedisSubscriber subscriber; // guarded by subscription
    private boolean subscribing; // guarded by subscription
    private long attempt; // guarded by subscription: numbers subscriptions, so a stale one's end is ignored
    private boolean closed; // guarded by subscription

    ReleaseSignals(ReactiveRedisDataSource redis, String channel) {
        this.redis = redis;
        this.channel = channel;
    }

    /** Tells {@code line} of every notice for {@code group}. */
    void register(String group, GroupLine line) {
        lines.computeIfAbsent(group, ignored -> new CopyOnWriteArrayList<>()).add(line);
    }

    /** A notice for {@code group}: tells its lines. */
    void notify(String group) {
        List<GroupLine> listening = lines.get(group);
        if (listening != null) {
            listening.forEach(GroupLine::noticed);
        }
    }

    /**
     * Subscribes to the release channel unless subscribed or subscribing; returns at once (the
     * subscription is made on the Redis client's event loop).
     */
    void ensureSubscribed() {
        long current;
        synchronized (subscription) {
            if (closed || subscriber != null || subscribing) {
                return;
            }
            subscribing = true;
            current = ++attempt;
        }
        try {
            redis.pubsub(String.class)
                    .subscribe(channel, this::notify, () -> dropped(current), failure -> dropped(current))
                    .subscribe()
                    .with(subscribed -> subscribed(current, subscribed), failure -> notSubscribed(current, failure));
        } catch (RuntimeException e) {
            notSubscribed(current, e);
        }
    }

    private void notSubscribed(long current, Throwable failure) {
        LOG.debugf(failure, "Could not subscribe to %s; waiting lines are polled on a timer meanwhile", channel);
        synchronized (subscription) {
            if (attempt == current) {
                subscribing = false;
            }
        }
    }

    /** Whether notices currently arrive. */
    boolean subscribed() {
        synchronized (subscription) {
            return subscriber != null;
        }
    }

    /** Unsubscribes; no notices arrive afterwards. */
    void close() {
        ReactiveRedisSubscriber current;
        synchronized (subscription) {
            closed = true;
            current = subscriber;
            subscriber = null;
        }
        if (current != null) {
            unsubscribe(current);
        }
    }

    private void subscribed(long current, ReactiveRedisSubscriber subscribed) {
        boolean keep;
        synchronized (subscription) {
            keep = !closed && attempt == current;
            if (keep) {
                subscribing = false;
                subscriber = subscribed;
            }
        }
        if (!keep) {
            unsubscribe(subscribed);
            return;
        }
        // Notices sent while no subscription was listening are lost: every line looks again.
        lines.values().forEach(listening -> listening.forEach(GroupLine::noticed));
    }

    /** The subscription's connection ended or failed: the next {@link #ensureSubscribed} makes a new one. */
    private void dropped(long current) {
        ReactiveRedisSubscriber old;
        synchronized (subscription) {
            if (attempt != current) {
                return;
            }
            old = subscriber;
            subscriber = null;
            subscribing = false;
            attempt++;
        }
        if (old != null) {
            unsubscribe(old);
        }
    }

    private static void unsubscribe(ReactiveRedisSubscriber subscriber) {
        subscriber.unsubscribe().subscribe().with(ignored -> {}, failure -> {});
    }
}
