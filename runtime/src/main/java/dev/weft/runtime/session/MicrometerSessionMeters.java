package dev.weft.runtime.session;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The meters of sessions and fragment runs in Micrometer's global registry, to which Quarkus adds
 * the application's registries. Loaded only when Micrometer is on the class path.
 *
 * <ul>
 *   <li>{@code weft.fragment.runs} (counter; {@code app}, {@code fragment}, {@code outcome}: {@code
 *       done}, {@code failed}, {@code superseded})
 *   <li>{@code weft.fragment.run.time} (timer; {@code app}, {@code fragment}): runs that ended
 *   <li>{@code weft.sessions.open} (gauge; {@code app})
 *   <li>{@code weft.sessions.started}, {@code weft.sessions.resumed} (counters; {@code app})
 *   <li>{@code weft.sessions.refused} (counter; {@code app}, {@code reason}: {@code
 *       too_many_sessions}, {@code not_allowed}, {@code another_user})
 * </ul>
 */
final class MicrometerSessionMeters implements SessionMeters {

    /** The apps whose open-sessions gauge is registered. */
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();

    @Override
    public void run(String app, String fragment, Outcome outcome, long millis) {
        Metrics.counter("weft.fragment.runs", "app", app, "fragment", fragment, "outcome", name(outcome))
                .increment();
        if (millis >= 0) {
            Timer.builder("weft.fragment.run.time")
                    .tags("app", app, "fragment", fragment)
                    .register(Metrics.globalRegistry)
                    .record(Duration.ofMillis(millis));
        }
    }

    @Override
    public void started(String app, Supplier<Number> open) {
        if (gauged.add(app)) {
            Gauge.builder("weft.sessions.open", open)
                    .tag("app", app)
                    .strongReference(true)
                    .register(Metrics.globalRegistry);
        }
        Metrics.counter("weft.sessions.started", "app", app).increment();
    }

    @Override
    public void resumed(String app) {
        Metrics.counter("weft.sessions.resumed", "app", app).increment();
    }

    @Override
    public void refused(String app, Refusal why) {
        Metrics.counter("weft.sessions.refused", "app", app, "reason", name(why))
                .increment();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
