package dev.weft.runtime;

import dev.weft.Limited;

/**
 * A {@link Limited} declaration as generated code and the runtime see it: the group and its
 * settings, with the timeout in milliseconds.
 *
 * <p>An SPI between generated code and the runtime, public only because generated classes live in
 * the user's package. Applications never create it.
 *
 * @param group the group's name: {@code @Limited(group)}, or {@code com.acme.Class#method} for a
 *     method with a limit of its own
 * @param permits {@code @Limited(permits)}, at least 1
 * @param queue {@code @Limited(queue)}, at least 0
 * @param timeoutMillis {@code @Limited(timeout)} in milliseconds, or 0 to wait as long as it takes
 * @param scope {@code @Limited(scope)}
 * @param confined {@code @Limited(confined)}
 */
public record LimitDefinition(
        String group, int permits, int queue, long timeoutMillis, Limited.Scope scope, boolean confined) {}
