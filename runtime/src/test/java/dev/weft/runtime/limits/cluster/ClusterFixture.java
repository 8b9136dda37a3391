package dev.weft.runtime.limits.cluster;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-ins for several servers of one application in one JVM: each {@link #instance} is a {@link
 * RedisClusterLimiters} with its own Quarkus Redis data source and connection pool (the defaults
 * Quarkus gives: 6 connections, 24 waiting), over one Vert.x. {@link #redis()} reads Redis directly
 * for assertions.
 */
final class ClusterFixture implements AutoCloseable {

    static final String PREFIX = "test:limit:";

    private final String uri;
    private final Vertx vertx = Vertx.vertx();
    private final List<RedisClusterLimiters> instances = new ArrayList<>();
    private final List<Redis> clients = new ArrayList<>();
    private final ReactiveRedisDataSource direct;

    ClusterFixture(String uri) {
        this.uri = uri;
        this.direct = dataSource();
        direct.execute("FLUSHALL").await().atMost(Duration.ofSeconds(5));
    }

    /** A new server's cluster limits, with {@code leaseTime} (renewed every third of it). */
    RedisClusterLimiters instance(Duration leaseTime, OnUnavailable onUnavailable) {
        ClusterSettings settings = new ClusterSettings(
                leaseTime, leaseTime.dividedBy(3), onUnavailable, PREFIX, Duration.ofSeconds(2), uri);
        RedisClusterLimiters instance = new RedisClusterLimiters(dataSource(), settings);
        instances.add(instance);
        return instance;
    }

    /** A cluster limit's definition. */
    static LimitDefinition limit(String group, int permits, int queue, long timeoutMillis) {
        return new LimitDefinition(group, permits, queue, timeoutMillis, Limited.Scope.CLUSTER, false);
    }

    /** Redis itself, for assertions. */
    ReactiveRedisDataSource redis() {
        return direct;
    }

    /** {@code ZCARD} of one of {@code group}'s sorted sets ({@code leases}, {@code line}, {@code tickets}). */
    long count(String group, String set) {
        return direct.execute("ZCARD", PREFIX + "{" + group + "}:" + set)
                .await()
                .atMost(Duration.ofSeconds(5))
                .toLong();
    }

    /** Redis's clock ({@code TIME}) in milliseconds, the clock leases expire by. */
    long redisMillis() {
        Response time = direct.execute("TIME").await().atMost(Duration.ofSeconds(5));
        return time.get(0).toLong() * 1000 + time.get(1).toLong() / 1000;
    }

    /** The expiry (Redis milliseconds) of the latest lease of {@code group}. */
    long latestLeaseExpiry(String group) {
        // Through Lua, whose replies are flat arrays whatever protocol the client speaks.
        Response last = direct.execute(
                        "EVAL",
                        "return redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')",
                        "1",
                        PREFIX + "{" + group + "}:leases")
                .await()
                .atMost(Duration.ofSeconds(5));
        return Long.parseLong(last.get(1).toString());
    }

    private ReactiveRedisDataSource dataSource() {
        Redis client = Redis.createClient(
                vertx,
                new RedisOptions().setConnectionString(uri).setMaxPoolSize(6).setMaxPoolWaiting(24));
        clients.add(client);
        return new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client));
    }

    @Override
    public void close() {
        instances.forEach(RedisClusterLimiters::close);
        clients.forEach(Redis::close);
        vertx.closeAndAwait();
    }
}
