package dev.weft.runtime.streams;

import java.util.function.Consumer;

/**
 * The streams one fragment run writes: each is numbered in drawing order ({@code stream:0}, …),
 * registered with its session while it streams, and sends its appends to the browser.
 */
public final class RunStreams {

    /** A run outside any session (unit tests, benchmarks): nothing is sent and nothing can stop it. */
    public static final RunStreams NONE = new RunStreams(null, "", 0, (id, at, added, end) -> {});

    private final SessionStreams session;
    private final String slot;
    private final long gen;
    private final SessionStreams.AppendSender send;
    private int count;

    RunStreams(SessionStreams session, String slot, long gen, SessionStreams.AppendSender send) {
        this.session = session;
        this.slot = slot;
        this.gen = gen;
        this.send = send;
    }

    /** The id the next stream of this run gets. */
    public synchronized String nextId() {
        return "stream:" + count++;
    }

    /**
     * Reads a producer as the stream {@code id}: {@code shown} is given the whole text at each append
     * (for the element in the canvas), and {@code read} reads the producer into the stream. Returns
     * the stream, ended.
     */
    public TextStream stream(String id, Consumer<String> shown, Consumer<TextStream> read) {
        TextStream stream = new TextStream((at, added, text, end) -> {
            shown.accept(text);
            send.send(id, at, added, end);
        });
        SessionStreams.Live live = new SessionStreams.Live(slot, gen, id, stream);
        if (session != null) {
            session.started(live);
        }
        try {
            read.accept(stream);
            return stream;
        } finally {
            if (session != null) {
                session.ended(live);
            }
        }
    }
}
