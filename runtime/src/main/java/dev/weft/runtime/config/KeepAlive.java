package dev.weft.runtime.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.time.Duration;

/**
 * Keeps quiet WebSocket connections open under a short HTTP idle timeout: unless the application
 * sets {@code quarkus.websockets-next.server.auto-ping-interval}, the server pings every open
 * WebSocket at half of {@code quarkus.http.idle-timeout}, which Weft shortens to {@value
 * #IDLE_TIMEOUT} so that a connection that sends nothing (or its headers a few bytes at a time) is
 * closed instead of held.
 */
public final class KeepAlive implements ConfigSourceInterceptor {

    /** Weft's default of {@code quarkus.http.idle-timeout} (Quarkus's own is 30 minutes). */
    public static final String IDLE_TIMEOUT = "8S";

    public static final String IDLE_TIMEOUT_PROPERTY = "quarkus.http.idle-timeout";

    static final String AUTO_PING_INTERVAL = "quarkus.websockets-next.server.auto-ping-interval";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !AUTO_PING_INTERVAL.equals(name)) {
            return value;
        }
        ConfigValue idle = context.proceed(IDLE_TIMEOUT_PROPERTY);
        Duration timeout;
        try {
            timeout = DurationConverter.parseDuration(
                    idle == null || idle.getValue() == null ? IDLE_TIMEOUT : idle.getValue());
        } catch (RuntimeException e) {
            return null; // Quarkus reports the bad value when it reads it
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            return null;
        }
        return ConfigValue.builder()
                .withName(name)
                .withValue(Math.max(1, timeout.toMillis() / 2) + "ms")
                .withConfigSourceName("Weft (half of " + IDLE_TIMEOUT_PROPERTY + ")")
                .withConfigSourceOrdinal(Integer.MIN_VALUE)
                .build();
    }
}
