package dev.weft.runtime.limits.cluster;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The Redis of the Redis benchmarks: the one at system property {@code weft.bench.redis} (a URI
 * such as {@code redis://127.0.0.1:6379}), else a {@code redis-server} that the runtime tests'
 * {@link RedisServerExtension} starts on a free loopback port with no persistence, and stopped with
 * the benchmark. Each {@link #dataSource()} is a Quarkus Redis data source with its own pool of
 * Quarkus's default size, as one server has.
 */
final class BenchRedis implements AutoCloseable {

    private final RedisServerExtension server;
    private final String uri;
    private final Vertx vertx;
    private final List<Redis> clients = new ArrayList<>();

    BenchRedis() {
        String configured = System.getProperty("weft.bench.redis");
        if (configured != null) {
            server = null;
            uri = configured;
        } else {
            server = new RedisServerExtension();
            server.start();
            uri = server.uri();
        }
        vertx = Vertx.vertx();
    }

    String uri() {
        return uri;
    }

    ReactiveRedisDataSource dataSource() {
        Redis client = Redis.createClient(
                vertx,
                new RedisOptions().setConnectionString(uri).setMaxPoolSize(6).setMaxPoolWaiting(24));
        clients.add(client);
        return new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client));
    }

    @Override
    public void close() {
        clients.forEach(Redis::close);
        vertx.closeAndAwait();
        if (server != null) {
            server.close();
        }
    }
}
