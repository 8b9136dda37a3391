/**
 * Cluster-wide {@code @Limited} groups through Redis: a lease semaphore in Lua scripts on Redis
 * time, a cluster-wide FIFO line, release signals over pub/sub, health, and the local fallback when
 * Redis is down. Internal; it implements the {@code limits} package's {@link
 * dev.weft.runtime.limits.Limiter} and {@link dev.weft.runtime.limits.ClusterLimiters}, and so sits
 * one floor above it.
 */
package dev.weft.runtime.limits.cluster;
