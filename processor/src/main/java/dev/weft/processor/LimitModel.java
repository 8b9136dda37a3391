package dev.weft.processor;

/**
 * One valid {@code @Limited} declaration, as the writer passes it to the runtime's {@code
 * LimitDefinition}.
 *
 * @param group the group's name: {@code @Limited(group)}, or {@code com.acme.Class#method}
 * @param permits {@code @Limited(permits)}
 * @param queue {@code @Limited(queue)}
 * @param timeoutMillis {@code @Limited(timeout)} in milliseconds, 0 to wait as long as it takes
 * @param scope the name of the {@code Limited.Scope} constant of {@code @Limited(scope)}
 * @param confined {@code @Limited(confined)}
 */
record LimitModel(String group, int permits, int queue, long timeoutMillis, String scope, boolean confined) {}
