package dev.weft.runtime.streams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts a session is streaming now, by fragment, run and element id: what a browser's stop
 * names, and what the test harness reads. A stream is here from its start until it ends.
 * Thread-safe; takes no lock of the session's.
 */
public final class SessionStreams {

    /** A stream as registered: where it is drawn and the stream itself. */
    public record Live(String slot, long gen, String id, TextStream stream) {}

    private final Map<String, Live> live = new ConcurrentHashMap<>();

    /** Registers a stream of run {@code gen} of {@code slot}, drawn as the element {@code id}. */
    void started(Live stream) {
        live.put(key(stream.slot(), stream.id(), stream.gen()), stream);
    }

    void ended(Live stream) {
        live.remove(key(stream.slot(), stream.id(), stream.gen()), stream);
    }

    /**
     * Stops the stream {@code id} of run {@code gen} of {@code slot}; returns false if no such stream
     * is streaming (unknown, already ended, or of another run).
     */
    public boolean stop(String slot, String id, long gen) {
        Live stream = live.get(key(slot, id, gen));
        return stream != null && stream.stream().stop();
    }

    /** The streams of {@code slot} streaming now, newest run first. */
    public List<Live> of(String slot) {
        return live.values().stream()
                .filter(stream -> stream.slot().equals(slot))
                .sorted((a, b) -> a.gen() != b.gen() ? Long.compare(b.gen(), a.gen()) : b.id().compareTo(a.id()))
                .toList();
    }

    /** Stops every stream of the session (it is closing). */
    public void stopAll() {
        live.values().forEach(stream -> stream.stream().stop());
    }

    /**
     * The streams of one run: opens each with its id, sending its appends through {@code send}
     * (which drops them once the run is superseded).
     */
    public RunStreams forRun(String slot, long gen, AppendSender send) {
        return new RunStreams(this, slot, gen, send);
    }

    private static String key(String slot, String id, long gen) {
        return slot + '\n' + gen + '\n' + id;
    }

    /** Sends an {@code append} message of a stream to the browser, if its run still counts. */
    @FunctionalInterface
    public interface AppendSender {
        void send(String id, int at, String added, boolean end);
    }
}
