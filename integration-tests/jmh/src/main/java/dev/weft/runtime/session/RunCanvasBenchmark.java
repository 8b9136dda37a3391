package dev.weft.runtime.session;

import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.ui.Canvas;
import dev.weft.runtime.ui.UiImpl;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) What a fast run's own drawing costs on one thread, without the hand-off that dominates
 * {@link FragmentRunBenchmark}: a canvas made, {@link OneFragmentApp}'s fragment run through its
 * generated definition (it draws a slider and a text), the run sealed. With
 * partial output on, the run also registers with the live clock on its first drawing and is ended;
 * the difference is what streaming costs a run too fast to stream.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RunCanvasBenchmark {

    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(Session.DEFAULT_PARTIAL_INTERVAL_MILLIS);
    private static final Executor NEVER = task -> {
        throw new IllegalStateException("a run this fast never sends partial output");
    };

    private static final Object[] NO_INPUTS = {};

    private final Map<String, Object> values = Map.of(BenchSession.SLIDER, 51);
    private final AppDefinition definition = new OneFragmentApp_WeftApp();
    private final OneFragmentApp app = new OneFragmentApp();

    /** Partial output off: the canvas alone, nothing streamed while the run draws. */
    @Benchmark
    public List<?> drawAndSeal_withoutPartialOutput() throws Exception {
        Canvas canvas = new Canvas(values);
        draw(new UiImpl(canvas));
        return canvas.seal().elements();
    }

    /** Partial output on (80 ms): the canvas of a {@link LiveRun}, which registers with the clock. */
    @Benchmark
    public List<?> drawAndSeal_withPartialOutput() throws Exception {
        LiveRun run = new LiveRun(values, INTERVAL, NEVER, live -> {});
        draw(new UiImpl(run.canvas()));
        run.end();
        return run.canvas().seal().elements();
    }

    private void draw(UiImpl ui) throws Exception {
        definition.invoke(app, 0, ui, NO_INPUTS);
    }
}
