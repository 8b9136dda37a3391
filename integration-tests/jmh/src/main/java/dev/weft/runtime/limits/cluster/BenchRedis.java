package dev.weft.runtime.limits.cluster;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Redis of the Redis benchmarks: the one at system property {@code weft.bench.redis} (a URI
 * such as {@code redis://127.0.0.1:6379}), else a {@code redis-server} started here on a free
 * loopback port with no persistence, and stopped with the benchmark. Each {@link #dataSource()} is
 * a Quarkus Redis data source with its own pool of Quarkus's default size, as one server has.
 */
final class BenchRedis implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final List<Redis> clients = new ArrayList<>();
    private final Process process;
    private final String uri;

    BenchRedis() {
        String configured = System.getProperty("weft.bench.redis");
        if (configured != null) {
            process = null;
            uri = configured;
            return;
        }
        int port = freePort();
        uri = "redis://127.0.0.1:" + port;
        try {
            process = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start redis-server (apt-get install redis-server), or set -Dweft.bench.redis=<uri>", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!listening(port)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                close();
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            Thread.onSpinWait();
        }
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
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
