package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.streams.SessionStreams;
import dev.weft.runtime.wire.ElementTree;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.testing.StreamView;
import java.util.List;

/**
 * A streamed text as the harness sees it: a stream streaming now (read live from the session), or
 * the last one of a fragment's content. Its stop goes through the session as a browser's does.
 */
final class TestStream implements StreamView {

    private final Session session;
    private final String slot;
    private final String id;
    private final long gen;
    private final SessionStreams.Live live;
    private final String shown;

    private TestStream(Session session, String slot, String id, long gen, SessionStreams.Live live, String shown) {
        this.session = session;
        this.slot = slot;
        this.id = id;
        this.gen = gen;
        this.live = live;
        this.shown = shown;
    }

    /** The newest stream of {@code slot}: the one streaming now, else the last one of its content. */
    static TestStream of(Session session, String slot) {
        List<SessionStreams.Live> streaming = session.streams().of(slot);
        if (!streaming.isEmpty()) {
            SessionStreams.Live live = streaming.get(0);
            return new TestStream(session, slot, live.id(), live.gen(), live, null);
        }
        JsonNode content = session.snapshot(slot).content();
        JsonNode last = null;
        if (content != null) {
            for (JsonNode element : ElementTree.flatten(content.get("elements"))) {
                if ("stream".equals(element.path("t").asText())) {
                    last = element;
                }
            }
        }
        if (last == null) {
            throw new IllegalStateException("Fragment '" + slot + "' is streaming no text and shows none.");
        }
        return new TestStream(
                session,
                slot,
                last.path("id").asText(),
                content.path("gen").asLong(),
                null,
                last.path("text").asText());
    }

    @Override
    public String text() {
        return live != null ? live.stream().text() : shown;
    }

    @Override
    public boolean streaming() {
        return live != null && !live.stream().ended();
    }

    @Override
    public void stop() {
        try {
            session.stopStream(slot, id, gen);
        } catch (ProtocolException refused) {
            throw new IllegalStateException(refused.getMessage(), refused);
        }
    }
}
