package dev.weft.runtime.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The control for {@link FragmentRunBenchmark}: the bare hand-off it cannot avoid — a task started
 * on a new virtual thread (as {@code Session} starts a run) that wakes the waiting caller through
 * the same monitor wait/notify ({@code Session#awaitIdle}) — with no Weft code at all. What
 * {@code widgetChange_oneFragment} costs beyond this is Weft's own work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class HandoffBaselineBenchmark {

    private ExecutorService threads;
    private boolean done;

    @Setup
    public void open() {
        threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("baseline-", 0).factory());
    }

    @TearDown
    public void close() {
        threads.shutdownNow();
    }

    /** One task on a new virtual thread, awaited on a monitor. */
    @Benchmark
    public synchronized boolean virtualThreadRoundTrip() throws InterruptedException {
        done = false;
        threads.execute(() -> {
            synchronized (this) {
                done = true;
                notifyAll();
            }
        });
        while (!done) {
            wait();
        }
        return done;
    }
}
