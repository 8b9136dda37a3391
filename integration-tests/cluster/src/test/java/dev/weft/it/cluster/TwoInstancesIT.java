package dev.weft.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.runtime.limits.cluster.RedisServerExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the packaged app, each a separate JVM on its own loopback port, share the group
 * {@code shared} ({@code permits = 2, scope = CLUSTER}) through one real redis-server.
 */
class TwoInstancesIT {

    /** The lease time the app is packaged with ({@code quarkus.weft.limits.cluster.lease-time}). */
    static final long LEASE_MILLIS = 3_000;

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private final List<ClusterInstance> instances = new ArrayList<>();
    private ExecutorService threads;
    private RedisProbe redis;

    @BeforeEach
    void setUp() throws Exception {
        REDIS.start();
        redis = new RedisProbe(REDIS.port());
        redis.command("FLUSHALL");
        threads = Executors.newVirtualThreadPerTaskExecutor();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        instances.forEach(ClusterInstance::close);
        REDIS.start();
    }

    private ClusterInstance start(String name, Map<String, String> config) {
        ClusterInstance instance = ClusterInstance.start(name, REDIS.uri(), config);
        instances.add(instance);
        return instance;
    }

    @Test
    void twoInstances_underManyConcurrentCalls_neverRunMoreThanTwoTogether() throws Exception {
        ClusterInstance a = start("a", Map.of());
        ClusterInstance b = start("b", Map.of());
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ClusterInstance instance = i % 2 == 0 ? a : b;
            calls.add(threads.submit(() -> instance.work(200)));
        }
        List<String> servedBy = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get(120, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            servedBy.add(response.body().split(" ")[0]);
        }

        assertThat(servedBy).contains("a", "b");
        assertThat(redis.number("GET", "it:most")).isEqualTo(2);
        assertThat(redis.number("ZCARD", "weft:limit:{shared}:leases")).isZero();
    }

    @Test
    void anInstanceKilledMidRun_givesItsPermitsBack_afterItsLeaseTime() throws Exception {
        ClusterInstance dying = start("dying", Map.of());
        ClusterInstance survivor = start("survivor", Map.of());
        for (int i = 0; i < 2; i++) {
            threads.submit(() -> dying.work(600_000)); // both permits, for far longer than the test
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (redis.number("ZCARD", "weft:limit:{shared}:leases") < 2) {
            assertThat(System.nanoTime()).as("both permits taken in time").isLessThan(deadline);
            Thread.sleep(20);
        }

        dying.kill();
        long expiry = latestLeaseExpiry(); // no renewal can move it any more
        HttpResponse<String> after = survivor.work(10);

        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        long startedAt = Long.parseLong(after.body().split(" ")[1]);
        assertThat(startedAt).isGreaterThanOrEqualTo(expiry);
    }

    @Test
    void redisDown_refusesWithAClearError_orRunsUnderTheLocalLimit_asEachInstanceIsConfigured() throws Exception {
        ClusterInstance refusing = start("refusing", Map.of());
        ClusterInstance local = start("local", Map.of("quarkus.weft.limits.cluster.on-unavailable", "local"));
        assertThat(refusing.work(1).statusCode()).isEqualTo(200);
        assertThat(local.work(1).statusCode()).isEqualTo(200);

        REDIS.stop();

        HttpResponse<String> refused = refusing.work(1);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body())
                .startsWith("UNAVAILABLE: The shared limit 'shared' is unavailable: Redis at " + REDIS.uri()
                        + " cannot be reached.");
        HttpResponse<String> ranLocally = local.work(1);
        assertThat(ranLocally.statusCode()).as(ranLocally.body()).isEqualTo(200);
        assertThat(local.logText()).contains("cluster limits run under each server's own permits");
    }

    private long latestLeaseExpiry() throws Exception {
        Object last = redis.command(
                "EVAL",
                "local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES') return last[2]",
                "1",
                "weft:limit:{shared}:leases");
        return Long.parseLong(last.toString());
    }
}
