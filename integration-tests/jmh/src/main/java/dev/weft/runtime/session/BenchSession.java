package dev.weft.runtime.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.limits.LimitMeters;
import dev.weft.runtime.limits.Limiters;
import dev.weft.runtime.wire.ProtocolException;
import io.quarkus.arc.InstanceHandle;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A real {@link Session} of a benchmark app (the definition Weft's processor generated for it),
 * started and attached to a client that serializes every message to a JSON string as {@code
 * BrowserLink} does before it hands the text to the WebSocket. No timers, no network.
 */
final class BenchSession implements AutoCloseable {

    /** The fragment every benchmark app draws its slider in: its slot and method name. */
    static final String SOURCE = "controls";

    /** The widget id of that slider, {@code ui.slider("N", ...)}. */
    static final String SLIDER = "slider:N:0";

    private static final long IDLE_TIMEOUT_SECONDS = 10;

    private final AppDefinition app;
    private final Session session;
    private final SerializingClient client = new SerializingClient();
    private int value = 50;
    private long changes;

    BenchSession(AppDefinition app) throws InterruptedException {
        this(app, Session.DEFAULT_PARTIAL_INTERVAL_MILLIS);
    }

    /**
     * @param partialIntervalMillis {@code quarkus.weft.partial-interval}: 0 sends no partial output, so a run
     *     does not even register with the clock that would send it
     */
    BenchSession(AppDefinition app, long partialIntervalMillis) throws InterruptedException {
        this.app = app;
        session = new Session(
                UUID.randomUUID().toString(),
                app,
                new FakeHandle<>(instanceOf(app.appClass())),
                false,
                false,
                new Limiters(Duration.ZERO, LimitMeters.NONE, () -> null, group -> null),
                TimeUnit.MILLISECONDS.toNanos(partialIntervalMillis),
                null,
                null,
                null);
        session.attach(client, false);
        session.start((millis, task) -> () -> {});
        awaitIdle();
    }

    /**
     * One user change: a new slider value accepted, the fragment (and whatever depends on it) rerun
     * and every resulting message serialized. Alternates between two values so that each change is
     * a real change.
     */
    void change() throws ProtocolException, InterruptedException {
        value = value == 50 ? 51 : 50;
        session.widget(SOURCE, SLIDER, IntNode.valueOf(value));
        awaitIdle();
        changes++;
    }

    /**
     * Fails unless every fragment completed one run per change (plus the first), drew no error, and
     * its slot shows the last value: a benchmark that measured less work than it claims is worthless.
     */
    void verify() {
        for (FragmentDefinition fragment : app.fragments()) {
            SlotSnapshot slot = session.snapshot(fragment.name());
            String content = String.valueOf(slot.content());
            if (slot.runs() != changes + 1 || !slot.state().equals("done") || !content.contains("n = " + value)) {
                throw new IllegalStateException("After " + changes + " changes " + fragment.name() + " ran "
                        + slot.runs() + " times, is " + slot.state() + " and shows " + content);
            }
        }
    }

    /** Characters serialized so far; read so that the work cannot be optimized away. */
    long serializedChars() {
        return client.chars;
    }

    /** What CDI would make once per session: the app class's instance, by its no-argument constructor. */
    private static Object instanceOf(Class<?> appClass) {
        try {
            return appClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not instantiate " + appClass.getName(), e);
        }
    }

    private void awaitIdle() throws InterruptedException {
        if (!session.awaitIdle(IDLE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(
                    "The benchmark session did not settle within " + IDLE_TIMEOUT_SECONDS + " s");
        }
    }

    @Override
    public void close() {
        session.close();
    }

    /** The browser side of the session: each message becomes the text a WebSocket frame would carry. */
    private static final class SerializingClient implements Consumer<ObjectNode> {

        private final ObjectMapper mapper = new ObjectMapper();
        // Written under the session's lock only.
        private long chars;

        @Override
        public void accept(ObjectNode message) {
            try {
                chars += mapper.writeValueAsString(message).length();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not serialize a Weft message", e);
            }
        }
    }

    /** What CDI would hand the session: the instance of the app class. */
    private record FakeHandle<T>(T instance) implements InstanceHandle<T> {

        @Override
        public T get() {
            return instance;
        }

        @Override
        public void destroy() {
            // nothing to destroy: not a CDI bean
        }
    }
}
