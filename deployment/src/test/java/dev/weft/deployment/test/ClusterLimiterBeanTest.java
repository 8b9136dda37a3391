package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import dev.weft.runtime.RedisServerExtension;
import dev.weft.runtime.config.WeftConfig;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With a cluster limit and the Redis client, the cluster limiter is a bean, and weft.limits.cluster.* is read. */
class ClusterLimiterBeanTest {

    @RegisterExtension
    @Order(1)
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @RegisterExtension
    @Order(2)
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Models.class))
            .overrideConfigKey("quarkus.redis.hosts", REDIS.uri())
            .overrideConfigKey("weft.limits.cluster.lease-time", "4S")
            .overrideConfigKey("weft.limits.cluster.on-unavailable", "local");

    @Inject
    WeftConfig config;

    /** A cluster limit: what makes Weft need Redis. */
    @ApplicationScoped
    public static class Models {

        @Limited(group = "gpu", scope = Limited.Scope.CLUSTER)
        public String forecast() {
            return "sunny";
        }
    }

    @Test
    void redisClient_makesTheClusterLimiterABean() throws ClassNotFoundException {
        Class<?> factory = Class.forName(
                "dev.weft.runtime.ClusterLimiters",
                false,
                Thread.currentThread().getContextClassLoader());

        assertThat(Arc.container().select(factory).isResolvable()).isTrue();
    }

    @Test
    void clusterSettings_areReadFromWeftLimitsCluster() {
        WeftConfig.Cluster cluster = config.limits().cluster();

        assertThat(cluster.leaseTime()).isEqualTo(Duration.ofSeconds(4));
        assertThat(cluster.renewInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(cluster.onUnavailable()).isEqualTo(WeftConfig.OnUnavailable.LOCAL);
        assertThat(cluster.keyPrefix()).isEqualTo("weft:limit:");
    }
}
