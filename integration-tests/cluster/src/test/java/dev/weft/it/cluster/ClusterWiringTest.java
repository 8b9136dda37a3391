package dev.weft.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.runtime.config.WeftConfig;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An application with a cluster limit and the Redis client, as a user builds it: the cluster limiter
 * is a bean, and {@code quarkus.weft.limits.cluster.*} is read from its configuration.
 */
@QuarkusTest
@WithTestResource(RedisServerResource.class)
class ClusterWiringTest {

    @Inject
    WeftConfig config;

    @Test
    void clusterLimitAndRedisClient_makeTheClusterLimiterABean() throws ClassNotFoundException {
        Class<?> factory = Class.forName(
                "dev.weft.runtime.limits.ClusterLimiters",
                false,
                Thread.currentThread().getContextClassLoader());

        assertThat(Arc.container().select(factory).isResolvable()).isTrue();
    }

    @Test
    void clusterSettings_comeFromWeftLimitsCluster() {
        WeftConfig.Cluster cluster = config.limits().cluster();

        assertThat(cluster.leaseTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(cluster.renewInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(cluster.onUnavailable()).isEqualTo(WeftConfig.OnUnavailable.REFUSE);
        assertThat(cluster.keyPrefix()).isEqualTo("weft:limit:");
    }
}
