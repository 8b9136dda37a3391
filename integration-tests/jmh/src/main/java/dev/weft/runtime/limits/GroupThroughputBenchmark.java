package dev.weft.runtime.limits;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How close a group with {@code permits = k} comes to its ideal throughput of k calls per task time,
 * with 16 callers always waiting: each call holds its permit for a fixed 10 ms (a sleep, standing for
 * the GPU or solver). The ideal is {@code k / 10 ms}: 100 ops/s for k = 1, 400 ops/s for k = 4. What
 * is lost is the hand-off from one holder to the next in line (a wake-up), per call.
 * {@code unlimited_16threads} is the same call with no limit, for the 16 callers' own ceiling.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupThroughputBenchmark {

    static final long TASK_MILLIS = 10;

    /** One group shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Group {

        @Param({"1", "4"})
        int permits;

        Limiters limiters;
        LimitDefinition definition;

        @Setup
        public void open() {
            definition = new LimitDefinition("throughput", permits, 1_000, 0, Limited.Scope.SERVER, false);
            limiters = new Limiters(Duration.ofMillis(100), LimitMeters.NONE, () -> null, group -> null);
        }
    }

    @Benchmark
    @Threads(16)
    public Object limited_16threads(Group group) throws Exception {
        return group.limiters.call(group.definition, null, Limiters.Waiter.NONE, () -> {
            Thread.sleep(TASK_MILLIS);
            return group;
        });
    }

    @Benchmark
    @Threads(16)
    public void unlimited_16threads() throws InterruptedException {
        Thread.sleep(TASK_MILLIS);
    }
}
