package dev.weft.runtime.limits;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import java.time.Duration;
import java.util.concurrent.Semaphore;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The limiter's own cost per call: a permit taken and given back around an empty call, by one
 * caller (uncontended) and by 4 and 16 callers at once on 1 and 4 permits (contended: most
 * callers wait in line and are handed a permit in order). {@code limitersCall} goes through
 * {@link Limiters#call} as fragments and bean methods do (group lookup, metered limiter, waiter
 * callbacks); {@code fairSemaphore} is the JDK's fair {@link Semaphore} doing the same, as the bar
 * to compare with.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LimiterBenchmark {

    /** One group shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Group {

        @Param({"1", "4"})
        int permits;

        LocalLimiter limiter;
        Limiters limiters;
        LimitDefinition definition;
        Semaphore semaphore;

        @Setup
        public void open() {
            definition = new LimitDefinition("bench", permits, 1_000, 0, Limited.Scope.SERVER, false);
            limiter = new LocalLimiter(
                    definition, new RunTimes(), Duration.ofMillis(100).toNanos());
            limiters = new Limiters(Duration.ofMillis(100), LimitMeters.NONE, () -> null, group -> null);
            semaphore = new Semaphore(permits, true);
        }
    }

    @Benchmark
    @Threads(1)
    public void localLimiter_uncontended(Group group, Blackhole hole) throws InterruptedException {
        try (Limiter.Permit permit = group.limiter.acquire(Limiter.QueueListener.NONE)) {
            hole.consume(permit);
        }
    }

    @Benchmark
    @Threads(4)
    public void localLimiter_4threads(Group group, Blackhole hole) throws InterruptedException {
        try (Limiter.Permit permit = group.limiter.acquire(Limiter.QueueListener.NONE)) {
            hole.consume(permit);
        }
    }

    @Benchmark
    @Threads(16)
    public void localLimiter_16threads(Group group, Blackhole hole) throws InterruptedException {
        try (Limiter.Permit permit = group.limiter.acquire(Limiter.QueueListener.NONE)) {
            hole.consume(permit);
        }
    }

    @Benchmark
    @Threads(1)
    public Object limitersCall_uncontended(Group group) throws Exception {
        return group.limiters.call(group.definition, null, Limiters.Waiter.NONE, () -> group);
    }

    @Benchmark
    @Threads(16)
    public Object limitersCall_16threads(Group group) throws Exception {
        return group.limiters.call(group.definition, null, Limiters.Waiter.NONE, () -> group);
    }

    @Benchmark
    @Threads(1)
    public void fairSemaphore_uncontended(Group group, Blackhole hole) throws InterruptedException {
        group.semaphore.acquire();
        try {
            hole.consume(group);
        } finally {
            group.semaphore.release();
        }
    }

    @Benchmark
    @Threads(16)
    public void fairSemaphore_16threads(Group group, Blackhole hole) throws InterruptedException {
        group.semaphore.acquire();
        try {
            hole.consume(group);
        } finally {
            group.semaphore.release();
        }
    }
}
