/**
 * {@code @Limited}: the local FIFO limiter with its queue and timeout, the limit groups of the server
 * and of sessions, confined threads, their meters, the CDI interceptor for bean methods, and the
 * waiting context of a run. Internal; it knows nothing of drawing or sessions, and uses only
 * {@code wire}, the SPI and {@code config}. Cluster limits plug in through {@link
 * dev.weft.runtime.limits.ClusterLimiters}.
 */
package dev.weft.runtime.limits;
