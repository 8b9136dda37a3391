package dev.weft.runtime.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.ui.Canvas;
import dev.weft.runtime.ui.UiImpl;
import dev.weft.runtime.wire.Protocol;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) One {@code slot} message alone, as {@link FragmentRunBenchmark}'s fragment ({@link
 * OneFragmentApp}) draws it, a slider and a text: serialized to JSON text, and built from the run's
 * elements then serialized.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SlotMessageBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private List<ObjectNode> elements;
    private ObjectNode message;
    private long gen;

    @Setup
    public void draw() throws Exception {
        Canvas canvas = new Canvas(Map.of());
        new OneFragmentApp_WeftApp().invoke(new OneFragmentApp(), 0, new UiImpl(canvas), new Object[0]);
        elements = canvas.seal().elements();
        message = Protocol.slot(BenchSession.SOURCE, 1, elements);
    }

    /** The prebuilt slot message to a JSON string. */
    @Benchmark
    public String serializeSlotMessage() throws JsonProcessingException {
        return mapper.writeValueAsString(message);
    }

    /** The slot message built from the run's elements, then serialized. */
    @Benchmark
    public String buildAndSerializeSlotMessage() throws JsonProcessingException {
        return mapper.writeValueAsString(Protocol.slot(BenchSession.SOURCE, ++gen, elements));
    }
}
