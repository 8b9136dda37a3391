package dev.weft.runtime.limits.cluster;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import dev.weft.runtime.limits.Limiter;
import dev.weft.runtime.limits.RunTimes;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cluster limiter's own cost per call against a local redis-server: one acquire and release
 * of a {@link RedisLimiter} (a join script and a release script), uncontended and contended by
 * callers of two instances, with a bare Redis round trip ({@code PING}) as the floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class RedisLimiterBenchmark {

    private BenchRedis redis;
    private ReactiveRedisDataSource direct;
    private RedisClusterLimiters first;
    private RedisClusterLimiters second;
    private Limiter free;
    private Limiter contendedOnFirst;
    private Limiter contendedOnSecond;

    @Setup(Level.Trial)
    public void open() {
        redis = new BenchRedis();
        direct = redis.dataSource();
        direct.execute("FLUSHALL").await().atMost(Duration.ofSeconds(5));
        ClusterSettings settings = new ClusterSettings(
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                OnUnavailable.REFUSE,
                "bench:limit:",
                Duration.ofSeconds(5),
                redis.uri());
        first = new RedisClusterLimiters(redis.dataSource(), settings);
        second = new RedisClusterLimiters(redis.dataSource(), settings);
        free = first.create(limit("free", 1), new RunTimes());
        LimitDefinition two = limit("contended", 2);
        contendedOnFirst = first.create(two, new RunTimes());
        contendedOnSecond = second.create(two, new RunTimes());
    }

    @TearDown(Level.Trial)
    public void close() {
        first.close();
        second.close();
        redis.close();
    }

    private static LimitDefinition limit(String group, int permits) {
        return new LimitDefinition(group, permits, 1000, 0, Limited.Scope.CLUSTER, false);
    }

    /** The floor: one Redis round trip through the same client, awaited the same way. */
    @Benchmark
    @Threads(1)
    public Object pingRoundTrip() {
        return direct.execute("PING").await().atMost(Duration.ofSeconds(5));
    }

    /** One caller alone: acquire (granted at once) and release, two scripts. */
    @Benchmark
    @Threads(1)
    public void uncontended() throws InterruptedException {
        free.acquire(Limiter.QueueListener.NONE).close();
    }

    /**
     * Eight callers, four on each of two instances, for two permits: each op is one acquire and
     * release, most of them after waiting in the cluster-wide line for a release notice.
     */
    @Benchmark
    @Group("contended")
    @GroupThreads(4)
    public void contendedFirstInstance() throws InterruptedException {
        contendedOnFirst.acquire(Limiter.QueueListener.NONE).close();
    }

    /** The other instance's four callers of {@link #contendedFirstInstance()}. */
    @Benchmark
    @Group("contended")
    @GroupThreads(4)
    public void contendedSecondInstance() throws InterruptedException {
        contendedOnSecond.acquire(Limiter.QueueListener.NONE).close();
    }
}
