package dev.weft.runtime.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Derives the WebSocket server's hard limits from {@code quarkus.weft.max-message-size}, unless the
 * application sets them itself: {@code quarkus.websockets-next.server.max-frame-size} and {@code
 * max-message-size} are both {@link #hardLimit twice Weft's limit, and at least 1 MiB}. So a
 * message a little over Weft's limit, sent as one frame or several, still reaches Weft and is
 * answered with {@code too_large} instead of closing the connection (Vert.x's own frame limit is
 * 64 KiB), and a message within Weft's limit is never refused below it.
 */
public final class WebSocketLimits implements ConfigSourceInterceptor {

    static final String MAX_FRAME_SIZE = "quarkus.websockets-next.server.max-frame-size";
    static final String MAX_MESSAGE_SIZE = "quarkus.websockets-next.server.max-message-size";
    static final String WEFT_MAX_MESSAGE_SIZE = "quarkus.weft.max-message-size";

    /** The smallest hard limit, whatever Weft's own limit. */
    static final long MIN_HARD_LIMIT = 1 << 20;

    /** Weft's own limit when {@code quarkus.weft.max-message-size} is not set; as in {@link WeftConfig}. */
    static final long DEFAULT_MESSAGE_SIZE = 65536;

    private static final String SOURCE = "Weft (derived from " + WEFT_MAX_MESSAGE_SIZE + ")";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !(MAX_FRAME_SIZE.equals(name) || MAX_MESSAGE_SIZE.equals(name))) {
            return value;
        }
        ConfigValue weft = context.proceed(WEFT_MAX_MESSAGE_SIZE);
        if (weft == null) {
            weft = context.proceed(LegacyNames.oldName(WEFT_MAX_MESSAGE_SIZE));
        }
        long limit = DEFAULT_MESSAGE_SIZE;
        if (weft != null && weft.getValue() != null) {
            try {
                limit = Long.parseLong(weft.getValue().trim());
            } catch (NumberFormatException e) {
                return null; // WeftConfig reports the bad value when it is read
            }
        }
        return ConfigValue.builder()
                .withName(name)
                .withValue(Long.toString(hardLimit(limit)))
                .withConfigSourceName(SOURCE)
                .withConfigSourceOrdinal(Integer.MIN_VALUE)
                .build();
    }

    /** The frame and message limit of the WebSocket server for Weft's limit of {@code maxMessageSize} bytes. */
    public static long hardLimit(long maxMessageSize) {
        return Math.min(Integer.MAX_VALUE, Math.max(MIN_HARD_LIMIT, 2 * Math.max(0, maxMessageSize)));
    }
}
