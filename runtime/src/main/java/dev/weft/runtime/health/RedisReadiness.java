package dev.weft.runtime.health;

import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import dev.weft.runtime.limits.cluster.RedisClusterLimiters;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness check {@value #NAME}, present when the application has cluster limits: it asks
 * Redis for a {@code PING} (within {@code quarkus.weft.limits.cluster.command-timeout}). Down when
 * Redis does not answer and cluster-limited calls are then refused ({@code
 * quarkus.weft.limits.cluster.on-unavailable=refuse}, the default); with {@code local} the server
 * still serves them under its own permits, so it stays up and its data says {@code redis: unreachable}.
 * Its data: {@code redis} ({@code reachable} or {@code unreachable}), {@code address} (without
 * credentials) and {@code on-unavailable}.
 *
 * <p>No bean-defining annotation: the deployment module registers it, with {@code @Readiness}, only
 * when the application has SmallRye Health, the Redis client and a cluster limit.
 */
public class RedisReadiness implements AsyncHealthCheck {

    /** The check's name in {@code /q/health/ready}. */
    public static final String NAME = "Weft cluster limits (Redis)";

    private final RedisClusterLimiters limiters;

    @Inject
    RedisReadiness(RedisClusterLimiters limiters) {
        this.limiters = limiters;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        OnUnavailable onUnavailable = limiters.onUnavailable();
        return limiters.probe().map(reachable -> HealthCheckResponse.named(NAME)
                .status(reachable || onUnavailable == OnUnavailable.LOCAL)
                .withData("redis", reachable ? "reachable" : "unreachable")
                .withData("address", limiters.redisAddress())
                .withData("on-unavailable", onUnavailable.name().toLowerCase(Locale.ROOT))
                .build());
    }
}
