package dev.weft.runtime.limits;

import dev.weft.runtime.LimitDefinition;

/**
 * Makes the limiters of {@link dev.weft.Limited.Scope#CLUSTER cluster} groups, whose permits every
 * instance of the application shares. An optional bean: present only when the application has a
 * cluster limiter (the Redis one comes with {@code quarkus-redis-client}); without it a cluster
 * call fails with a {@link dev.weft.LimitedException} of reason {@code UNAVAILABLE}, and the build
 * already rejects cluster groups.
 */
public interface ClusterLimiters {

    /**
     * The limiter of one cluster group on this instance. Called once per group.
     *
     * @param definition the group's settings
     * @param runTimes this instance's recent run times of the group: record each run's duration, and
     *     estimate waits from it
     */
    Limiter create(LimitDefinition definition, RunTimes runTimes);
}
