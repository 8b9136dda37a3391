package dev.weft.runtime.limits.cluster;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Lua scripts of the Redis lease semaphore, each one atomic in Redis and timed by Redis's own
 * clock ({@code TIME}), never by the clocks of the machines that call them.
 *
 * <p>A group's state is five keys that share one hash tag ({@code <prefix>{<group>}:...}), so that a
 * Redis Cluster keeps them in one slot:
 *
 * <ul>
 *   <li>{@code leases}: the permits held, a sorted set of lease ids scored by their expiry;
 *   <li>{@code line}: the waiters, a sorted set of ticket ids scored by their number from {@code seq},
 *       so first come, first served across every instance;
 *   <li>{@code tickets}: the same ticket ids scored by their expiry: a waiter renews its ticket each
 *       time it looks at the line, and the ticket of a waiter that died expires;
 *   <li>{@code seq}: the counter that numbers tickets;
 *   <li>{@code gone}: leases given back recently, so that a late renewal cannot revive them.
 * </ul>
 *
 * A waiter gets a permit only when its ticket is among the first (permits − leases held) of the
 * line; a ticket id becomes the lease id. Every script first drops expired leases, tickets and
 * tombstones, and publishes the group's name on the release channel whenever waiters may have moved.
 */
final class LeaseScripts {

    /** Reply of {@link #join} and {@link #poll}: a permit was granted. */
    static final long GRANTED = 1;

    /** Reply of {@link #join} and {@link #poll}: the caller waits in line. */
    static final long WAITING = 0;

    /** Reply of {@link #join}: the line is full. */
    static final long BUSY = -1;

    /** Reply of {@link #poll} for one id: the ticket is no longer in line (it expired). */
    static final long GONE = -2;

    private static final String COMMON = """
            if redis.replicate_commands then redis.replicate_commands() end
            local leases, line, tickets, seq, gone = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
            local function now()
              local t = redis.call('TIME')
              return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            local function purge(t)
              local changed = redis.call('ZREMRANGEBYSCORE', leases, '-inf', t)
              for _, id in ipairs(redis.call('ZRANGEBYSCORE', tickets, '-inf', t)) do
                redis.call('ZREM', line, id)
                redis.call('ZREM', tickets, id)
                changed = changed + 1
              end
              redis.call('ZREMRANGEBYSCORE', gone, '-inf', t)
              return changed
            end
            local function free(permits)
              return math.max(permits - redis.call('ZCARD', leases), 0)
            end
            """;

    /**
     * ARGV: id, permits, queue, ttl (ms), channel, group. Grants at once when fewer callers wait than
     * permits are free; else refuses when {@code queue} callers already wait for a taken permit; else
     * joins the line. Replies {GRANTED, 0}, {BUSY, waiting} or {WAITING, position}.
     */
    private static final String JOIN = COMMON + """
            local id, permits, queue, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
            local t = now()
            local changed = purge(t)
            local f = free(permits)
            local waiting = redis.call('ZCARD', line)
            local reply
            if waiting < f then
              redis.call('ZADD', leases, t + ttl, id)
              reply = {1, 0}
            elseif waiting - f >= queue then
              reply = {-1, waiting - f}
            else
              redis.call('ZADD', line, redis.call('INCR', seq), id)
              redis.call('ZADD', tickets, t + ttl, id)
              reply = {0, waiting + 1 - f}
            end
            if changed > 0 then redis.call('PUBLISH', ARGV[5], ARGV[6]) end
            return reply
            """;

    /**
     * ARGV: permits, ttl (ms), channel, group, id... Looks at the line for every waiter of one
     * instance at once: turns each ticket that is among the first free permits of the line into a
     * lease, and renews the others. Replies a pair per id: {GRANTED, 0}, {WAITING, position} or {GONE,
     * 0} (the ticket expired).
     */
    private static final String POLL = COMMON + """
            local permits, ttl = tonumber(ARGV[1]), tonumber(ARGV[2])
            local t = now()
            local changed = purge(t)
            local reply = {}
            for i = 5, #ARGV do
              local id = ARGV[i]
              local rank = redis.call('ZRANK', line, id)
              if not rank then
                table.insert(reply, -2)
                table.insert(reply, 0)
              else
                local f = free(permits)
                if rank < f then
                  redis.call('ZREM', line, id)
                  redis.call('ZREM', tickets, id)
                  redis.call('ZADD', leases, t + ttl, id)
                  table.insert(reply, 1)
                  table.insert(reply, 0)
                else
                  redis.call('ZADD', tickets, 'XX', t + ttl, id)
                  table.insert(reply, 0)
                  table.insert(reply, rank + 1 - f)
                end
              end
            end
            if changed > 0 then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
            return reply
            """;

    /**
     * ARGV: id, channel, group. Takes a waiter out of the line, and drops a lease of the same id that
     * it may have been granted without learning it (an interrupted or failed call). Replies 1 when
     * something was removed.
     */
    private static final String LEAVE = COMMON + """
            local id = ARGV[1]
            local removed = redis.call('ZREM', line, id) + redis.call('ZREM', leases, id)
            redis.call('ZREM', tickets, id)
            if removed > 0 then redis.call('PUBLISH', ARGV[2], ARGV[3]) end
            return removed
            """;

    /**
     * ARGV: id, ttl (ms), channel, group. Gives a permit back and remembers it for a lease time, so
     * that a renewal still under way cannot bring it back. Replies 1 when the lease was still held.
     */
    private static final String RELEASE = COMMON + """
            local id, ttl = ARGV[1], tonumber(ARGV[2])
            local t = now()
            local removed = redis.call('ZREM', leases, id)
            redis.call('ZADD', gone, t + ttl, id)
            local changed = purge(t) + removed
            if changed > 0 then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
            return removed
            """;

    /**
     * ARGV: permits, ttl (ms), channel, group, id... Extends the leases of calls still running. A
     * lease Redis no longer has (Redis restarted, or the lease expired while this instance could not
     * reach it) is taken again when a permit is free and it was not given back; the others are lost.
     * Replies the lost ids.
     */
    private static final String RENEW = COMMON + """
            local permits, ttl = tonumber(ARGV[1]), tonumber(ARGV[2])
            local t = now()
            local changed = purge(t)
            local lost = {}
            for i = 5, #ARGV do
              local id = ARGV[i]
              if redis.call('ZSCORE', leases, id) then
                redis.call('ZADD', leases, 'XX', t + ttl, id)
              elseif not redis.call('ZSCORE', gone, id) and redis.call('ZCARD', leases) < permits then
                redis.call('ZADD', leases, t + ttl, id)
              else
                table.insert(lost, id)
              end
            end
            if changed > 0 then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
            return lost
            """;

    private final ReactiveRedisDataSource redis;
    private final CommandGate gate = new CommandGate();
    private final Script join = new Script(JOIN);
    private final Script poll = new Script(POLL);
    private final Script leave = new Script(LEAVE);
    private final Script release = new Script(RELEASE);
    private final Script renew = new Script(RENEW);

    LeaseScripts(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** Joins the line or takes a permit at once; see {@link #JOIN}. */
    Uni<Response> join(GroupKeys keys, String id, int permits, int queue, long ttlMillis) {
        return run(
                join,
                keys,
                id,
                Integer.toString(permits),
                Integer.toString(queue),
                Long.toString(ttlMillis),
                keys.channel(),
                keys.group());
    }

    /** Looks at the line for the waiters {@code ids}, renewing or granting each; see {@link #POLL}. */
    Uni<Response> poll(GroupKeys keys, List<String> ids, int permits, long ttlMillis) {
        return run(
                poll,
                keys,
                withIds(ids, Integer.toString(permits), Long.toString(ttlMillis), keys.channel(), keys.group()));
    }

    /** Leaves the line and drops any lease of that id; see {@link #LEAVE}. */
    Uni<Response> leave(GroupKeys keys, String id) {
        return run(leave, keys, id, keys.channel(), keys.group());
    }

    /** Gives a permit back; see {@link #RELEASE}. */
    Uni<Response> release(GroupKeys keys, String id, long ttlMillis) {
        return run(release, keys, id, Long.toString(ttlMillis), keys.channel(), keys.group());
    }

    /** Renews the leases {@code ids}; see {@link #RENEW}. */
    Uni<Response> renew(GroupKeys keys, List<String> ids, int permits, long ttlMillis) {
        return run(
                renew,
                keys,
                withIds(ids, Integer.toString(permits), Long.toString(ttlMillis), keys.channel(), keys.group()));
    }

    private static String[] withIds(List<String> ids, String... first) {
        List<String> args = new ArrayList<>(first.length + ids.size());
        args.addAll(List.of(first));
        args.addAll(ids);
        return args.toArray(String[]::new);
    }

    /** A round trip that changes nothing, to learn whether Redis answers. */
    Uni<Response> ping() {
        return gate.submit(() -> redis.execute(Command.PING));
    }

    /**
     * Runs a script by its SHA-1 ({@code EVALSHA}); when Redis does not know it yet (first use, or
     * Redis restarted), by its text ({@code EVAL}), which also makes Redis keep it.
     */
    private Uni<Response> run(Script script, GroupKeys keys, String... args) {
        String[] bySha = arguments(script.sha, keys, args);
        return gate.submit(() -> redis.execute(Command.EVALSHA, bySha)
                .onFailure(LeaseScripts::isNoScript)
                .recoverWithUni(() -> {
                    String[] byText = bySha.clone();
                    byText[0] = script.text;
                    return redis.execute(Command.EVAL, byText);
                }));
    }

    private static String[] arguments(String first, GroupKeys keys, String... args) {
        List<String> all = new ArrayList<>(2 + GroupKeys.COUNT + args.length);
        all.add(first);
        all.add(Integer.toString(GroupKeys.COUNT));
        all.addAll(keys.keys());
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static boolean isNoScript(Throwable failure) {
        String message = failure.getMessage();
        return message != null && message.startsWith("NOSCRIPT");
    }

    /** A script's text and its SHA-1, the name Redis caches it by. */
    private record Script(String text, String sha) {

        Script(String text) {
            this(text, sha1(text));
        }

        private static String sha1(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every JDK has SHA-1", e);
            }
        }
    }
}
