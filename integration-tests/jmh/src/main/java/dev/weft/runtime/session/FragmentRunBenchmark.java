package dev.weft.runtime.session;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The framework's own cost of one widget change, everything but the network: the value checked
 * against the widget and accepted, the fragment scheduled and dispatched on a virtual thread, its
 * output captured, and the status and slot messages built and serialized to JSON text. The
 * fragments themselves are trivial (read a slider, draw one text), so what is measured is Weft.
 *
 * <p>Target: at most 50 µs per op for {@link #widgetChange_oneFragment}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FragmentRunBenchmark {

    /** A session of {@link OneFragmentApp}: one change reruns one fragment (3 messages). */
    @State(Scope.Thread)
    public static class OneFragment {

        /**
         * {@code quarkus.weft.partial-interval} in ms: the default (80), and 0, which turns partial output off,
         * to show what its bookkeeping costs a run too fast to send any.
         */
        @Param({"80", "0"})
        public long partialIntervalMillis;

        BenchSession session;

        @Setup(Level.Trial)
        public void open() throws InterruptedException {
            session = new BenchSession(new OneFragmentApp_WeftApp(), partialIntervalMillis);
        }

        @TearDown(Level.Trial)
        public void close() {
            try {
                session.verify();
            } finally {
                session.close();
            }
        }
    }

    /** A session of {@link FanOutApp}: one change reruns the source and its 3 dependents (12 messages). */
    @State(Scope.Thread)
    public static class FanOut {

        /** As {@link OneFragment#partialIntervalMillis}. */
        @Param({"80", "0"})
        public long partialIntervalMillis;

        BenchSession session;

        @Setup(Level.Trial)
        public void open() throws InterruptedException {
            session = new BenchSession(new FanOutApp_WeftApp(), partialIntervalMillis);
        }

        @TearDown(Level.Trial)
        public void close() {
            try {
                session.verify();
            } finally {
                session.close();
            }
        }
    }

    /** (a) widget value → one fragment run → status + slot + status serialized. */
    @Benchmark
    public long widgetChange_oneFragment(OneFragment state) throws Exception {
        state.session.change();
        return state.session.serializedChars();
    }

    /** (c) widget value → source run → 3 parallel dependents run → 12 messages serialized. */
    @Benchmark
    public long widgetChange_fanOutToThree(FanOut state) throws Exception {
        state.session.change();
        return state.session.serializedChars();
    }
}
