package dev.weft.runtime.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.runtime.config.Config;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Builds Jackson's {@link ObjectMapper} on a worker thread once the HTTP server listens, so that
 * the first page opened does not wait for it. {@link LazyJsonCodec} keeps the mapper out of the
 * application's start; without this, the first page (whose session the mapper serves) paid for it.
 * The thread starts after the server does, so the application is ready as soon as before; {@code
 * quarkus.weft.json-warm-up=false} turns it off.
 */
@Singleton
public class JsonWarmUp {

    private static final Logger LOG = Logger.getLogger(JsonWarmUp.class);

    private final AtomicBoolean started = new AtomicBoolean();

    // Quarkus fires these asynchronously, on a worker thread: the event loop and start-up go on.
    void httpStarted(@ObservesAsync HttpServerStart event) {
        start();
    }

    void httpsStarted(@ObservesAsync HttpsServerStart event) {
        start();
    }

    private void start() {
        if (Config.weft().jsonWarmUp() && started.compareAndSet(false, true)) {
            warm();
        }
    }

    /** Asks for the application's mapper and writes and reads one small message with it. */
    static void warm() {
        try {
            ArcContainer container = Arc.container();
            if (container == null || !container.isRunning()) {
                return; // stopped already
            }
            ObjectMapper mapper = container.instance(ObjectMapper.class).get();
            mapper.readTree(mapper.writeValueAsString(
                    mapper.createObjectNode().put("v", 1).put("type", "warm-up")));
        } catch (Exception e) {
            // Only a head start: the first page builds the mapper as it did without it.
            LOG.debug("Weft's JSON warm-up did not finish", e);
        }
    }
}
