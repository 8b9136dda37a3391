package dev.weft.runtime.limits.cluster;

import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This instance's waiters of one cluster-limited group, and the one look at the Redis line that
 * serves them all: a single poll script for every ticket of the instance, however many wait, so
 * that a release costs each instance one round trip, not one per waiter.
 *
 * <p>A poll is asked for by a release notice, by the renewer every renew interval (which also
 * renews the tickets), and by a waiter that joined while a notice came. Polls never overlap: one
 * asked for while another runs happens right after it. Results go to the waiters' {@link Ticket}s,
 * and a permit granted to a waiter that has left meanwhile is given back at once.
 */
final class GroupLine {

    /** What a waiter knows of its place in the line. */
    enum State {
        WAITING,
        GRANTED,
        /** The ticket expired in Redis: join again. */
        GONE,
        /** Redis could not be reached. */
        FAILED
    }

    private final RedisLink link;
    private final GroupKeys keys;
    private final int permits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Ticket> tickets = new LinkedHashMap<>(); // guarded by lock
    private boolean polling; // guarded by lock
    private boolean again; // guarded by lock
    private long notices; // guarded by lock

    GroupLine(RedisLink link, GroupKeys keys, int permits) {
        this.link = link;
        this.keys = keys;
        this.permits = permits;
    }

    /** How many notices have come so far; a waiter reads it before it joins. */
    long notices() {
        lock.lock();
        try {
            return notices;
        } finally {
            lock.unlock();
        }
    }

    /** A release notice: every waiter may have moved. */
    void noticed() {
        lock.lock();
        try {
            notices++;
        } finally {
            lock.unlock();
        }
        poll();
    }

    /**
     * Adds a waiter that joined at {@code position}; polls at once when a notice came since {@code
     * noticesBefore} (it may have been missed between the join and now).
     */
    Ticket add(String id, int position, long noticesBefore) {
        Ticket ticket = new Ticket(id, position);
        boolean missed;
        lock.lock();
        try {
            tickets.put(id, ticket);
            missed = notices != noticesBefore;
        } finally {
            lock.unlock();
        }
        if (missed) {
            poll();
        }
        return ticket;
    }

    /** Takes a waiter out; a permit granted to it later is given back by the poll that grants it. */
    void remove(Ticket ticket) {
        lock.lock();
        try {
            tickets.remove(ticket.id);
        } finally {
            lock.unlock();
        }
    }

    /** Whether no waiter of this instance is in line. */
    boolean isEmpty() {
        lock.lock();
        try {
            return tickets.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code ticket} changes from what the caller saw ({@code version}), or {@code nanos}
     * pass.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void await(Ticket ticket, long version, long nanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = nanos;
            while (ticket.version == version && left > 0) {
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Looks at the Redis line for every waiter, unless no one waits; returns at once. */
    void poll() {
        List<String> ids;
        lock.lock();
        try {
            if (polling) {
                again = true;
                return;
            }
            if (tickets.isEmpty()) {
                return;
            }
            polling = true;
            ids = new ArrayList<>(tickets.keySet());
        } finally {
            lock.unlock();
        }
        Duration timeout = link.settings().commandTimeout();
        try {
            link.scripts()
                    .poll(keys, ids, permits, link.settings().leaseMillis())
                    .ifNoItem()
                    .after(timeout)
                    .failWith(() -> new IllegalStateException("Redis did not answer within " + timeout))
                    .subscribe()
                    .with(reply -> polled(ids, reply), this::failed);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void polled(List<String> ids, Response reply) {
        link.health().succeeded();
        List<String> abandoned = new ArrayList<>();
        lock.lock();
        try {
            for (int i = 0; i < ids.size(); i++) {
                long kind = reply.get(2 * i).toLong();
                int position = reply.get(2 * i + 1).toInteger();
                Ticket ticket = tickets.get(ids.get(i));
                if (ticket == null) {
                    if (kind == LeaseScripts.GRANTED) {
                        abandoned.add(ids.get(i));
                    }
                    continue;
                }
                if (kind == LeaseScripts.GRANTED) {
                    ticket.update(State.GRANTED, 0, null);
                    tickets.remove(ticket.id);
                } else if (kind == LeaseScripts.GONE) {
                    ticket.update(State.GONE, 0, null);
                    tickets.remove(ticket.id);
                } else {
                    ticket.update(State.WAITING, position, null);
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        abandoned.forEach(id -> link.scripts().leave(keys, id).subscribe().with(ignored -> {}, failure -> {}));
        pollAgainIfAsked();
    }

    private void failed(Throwable failure) {
        link.health().failed(failure);
        lock.lock();
        try {
            for (Ticket ticket : tickets.values()) {
                ticket.update(State.FAILED, 0, failure);
            }
            tickets.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        pollAgainIfAsked();
    }

    private void pollAgainIfAsked() {
        boolean more;
        lock.lock();
        try {
            polling = false;
            more = again;
            again = false;
        } finally {
            lock.unlock();
        }
        if (more) {
            poll();
        }
    }

    /** One waiter's ticket: its id in Redis and what the last poll said of it. */
    final class Ticket {
        final String id;
        private State state = State.WAITING; // guarded by lock
        private int position; // guarded by lock
        private Throwable failure; // guarded by lock
        private long version; // guarded by lock

        private Ticket(String id, int position) {
            this.id = id;
            this.position = position;
        }

        private void update(State newState, int newPosition, Throwable newFailure) {
            state = newState;
            position = newPosition;
            failure = newFailure;
            version++;
        }

        /** What the last poll said: state, position, failure and the version to wait on. */
        Snapshot snapshot() {
            lock.lock();
            try {
                return new Snapshot(state, position, failure, version);
            } finally {
                lock.unlock();
            }
        }
    }

    /** A ticket as a waiter last saw it. */
    record Snapshot(State state, int position, Throwable failure, long version) {}
}
