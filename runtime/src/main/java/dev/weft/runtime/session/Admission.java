package dev.weft.runtime.session;

import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may start a session, and which session gives way when the server is full. It knows sessions by
 * id, in three kinds:
 *
 * <ul>
 *   <li><b>unclaimed</b>: started with a page, no tab has connected to it yet. They have their own
 *       budget (a fraction of the max), and a page served when that budget is spent carries no
 *       session: its tab asks for one when it connects. They are the first to go when a tab needs
 *       room.
 *   <li><b>live</b>: a tab is connected. A live session is never evicted.
 *   <li><b>waiting</b>: its tab disconnected and may come back. When the server is full, a tab that
 *       needs a session evicts one, oldest first, preferring those its own address left behind, so
 *       a client that connects and drops over and over churns its own sessions first.
 * </ul>
 *
 * <p>Every address may hold at most {@code maxPerClient} unclaimed and live sessions; the address is
 * the client's as Quarkus reports it (a {@code null} address is not capped). All methods are atomic:
 * a decision and the bookkeeping that follows it happen under one lock.
 */
final class Admission {

    private enum Kind {
        UNCLAIMED,
        LIVE,
        WAITING
    }

    private static final class Entry {
        final String client;
        Kind kind;

        Entry(String client, Kind kind) {
            this.client = client;
            this.kind = kind;
        }
    }

    private final int max;
    private final int maxUnclaimed;
    private final int maxPerClient;
    /** Every admitted session, by id. */
    private final Map<String, Entry> entries = new HashMap<>();
    /** Unclaimed sessions, oldest first. */
    private final LinkedHashMap<String, Entry> unclaimed = new LinkedHashMap<>();
    /** Sessions waiting for their tab, longest waiting first. */
    private final LinkedHashMap<String, Entry> waiting = new LinkedHashMap<>();
    /** Unclaimed and live sessions per client address. */
    private final Map<String, Integer> perClient = new HashMap<>();

    /**
     * @param max the most sessions at once
     * @param maxUnclaimed the most sessions started with a page and not yet claimed
     * @param maxPerClient the most unclaimed and live sessions of one address; 0 for no cap
     */
    Admission(int max, int maxUnclaimed, int maxPerClient) {
        this.max = max;
        this.maxUnclaimed = maxUnclaimed;
        this.maxPerClient = maxPerClient;
    }

    /**
     * A page is being served to {@code client}: whether it may carry the new unclaimed session
     * {@code id} (it is then admitted). False when the unclaimed budget or the server is full, so
     * that its tab asks when it connects.
     *
     * @param prestart whether the page would carry a session at all
     * @throws ProtocolException {@code too_many_sessions} when the tab could not get a session anyway:
     *     its address holds its share, or the server is full of live sessions
     */
    synchronized boolean page(String id, String client, boolean prestart) throws ProtocolException {
        checkClient(client);
        if (entries.size() >= max && unclaimed.isEmpty() && waiting.isEmpty()) {
            throw full();
        }
        if (!prestart || unclaimed.size() >= maxUnclaimed || entries.size() >= max) {
            return false;
        }
        add(id, client, Kind.UNCLAIMED);
        return true;
    }

    /**
     * A connected tab needs a new session: admits {@code id} as live, making room by evicting an
     * unclaimed or a waiting session when the server is full.
     *
     * @return the id of the session evicted to make room, which the caller ends
     * @throws ProtocolException {@code too_many_sessions} when the address holds its share, or the
     *     server is full of live sessions
     */
    synchronized Optional<String> tab(String id, String client) throws ProtocolException {
        checkClient(client);
        String evicted = null;
        if (entries.size() >= max) {
            evicted = victim(client).orElseThrow(this::full);
            removed(evicted);
        }
        add(id, client, Kind.LIVE);
        return Optional.ofNullable(evicted);
    }

    /**
     * A tab connected to session {@code id} (claimed it, or came back to it): it is live. False when
     * the session is no longer admitted (it was evicted), so the tab must not have it.
     */
    synchronized boolean attached(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return false;
        }
        if (entry.kind != Kind.LIVE) {
            unclaimed.remove(id);
            waiting.remove(id);
            if (entry.kind == Kind.WAITING) {
                count(entry.client, +1);
            }
            entry.kind = Kind.LIVE;
        }
        return true;
    }

    /** Session {@code id}'s tab disconnected: it waits for the tab, and may be evicted. */
    synchronized void detached(String id) {
        Entry entry = entries.get(id);
        if (entry != null && entry.kind == Kind.LIVE) {
            entry.kind = Kind.WAITING;
            count(entry.client, -1);
            waiting.put(id, entry);
        }
    }

    /** Session {@code id} ended. */
    synchronized void removed(String id) {
        Entry entry = entries.remove(id);
        if (entry == null) {
            return;
        }
        unclaimed.remove(id);
        waiting.remove(id);
        if (entry.kind != Kind.WAITING) {
            count(entry.client, -1);
        }
    }

    /** How many sessions this server holds now, of each kind, and its maximum. */
    synchronized SessionCapacity capacity() {
        return new SessionCapacity(entries.size(), entries.size() - unclaimed.size() - waiting.size(), max);
    }

    private void checkClient(String client) throws ProtocolException {
        if (client != null && maxPerClient > 0 && perClient.getOrDefault(client, 0) >= maxPerClient) {
            throw new ProtocolException(
                    ErrorCode.TOO_MANY_SESSIONS,
                    "Too many sessions are open from your network address. Close some tabs, or try again in a"
                            + " minute.");
        }
    }

    private ProtocolException full() {
        return new ProtocolException(
                ErrorCode.TOO_MANY_SESSIONS,
                "The server is full: it has reached its limit of " + max + " sessions. Try again in a minute.");
    }

    /** The oldest unclaimed session, else the longest waiting one of this address, else of any. */
    private Optional<String> victim(String client) {
        if (!unclaimed.isEmpty()) {
            return Optional.of(unclaimed.firstEntry().getKey());
        }
        if (client != null) {
            for (Map.Entry<String, Entry> entry : waiting.entrySet()) {
                if (client.equals(entry.getValue().client)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return waiting.isEmpty()
                ? Optional.empty()
                : Optional.of(waiting.firstEntry().getKey());
    }

    private void add(String id, String client, Kind kind) {
        Entry entry = new Entry(client, kind);
        entries.put(id, entry);
        if (kind == Kind.UNCLAIMED) {
            unclaimed.put(id, entry);
        }
        count(client, +1);
    }

    private void count(String client, int delta) {
        if (client != null) {
            perClient.merge(client, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
