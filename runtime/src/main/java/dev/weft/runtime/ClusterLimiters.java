package dev.weft.runtime;

/** Creates cluster-scope limiters; present only when the application has the Quarkus Redis client. */
interface ClusterLimiters {
    /** The cluster-wide limiter of one group. */
    Limiter create(LimitDefinition definition, RunTimes runTimes);
}
