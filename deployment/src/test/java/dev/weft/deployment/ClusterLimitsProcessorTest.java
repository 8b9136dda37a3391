package dev.weft.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import dev.weft.Limited.Scope;
import java.io.IOException;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/**
 * Which methods need Redis. (The failing build itself cannot be shown here: this module's tests
 * always have the Redis client, so its capability is always present.)
 */
class ClusterLimitsProcessorTest {

    static class Models {

        @Limited(group = "gpu", scope = Scope.CLUSTER)
        void forecast() {}

        @Limited(group = "gpu", scope = Scope.CLUSTER)
        void classify() {}

        @Limited(group = "db")
        void report() {}

        @Limited(scope = Scope.SESSION)
        void mine() {}

        void free() {}
    }

    @Test
    void clusterLimitedMethods_areNamedClassHashMethod_sorted() throws IOException {
        Index index = Index.of(Models.class);

        assertThat(ClusterLimitsProcessor.clusterLimited(index))
                .containsExactly(Models.class.getName() + "#classify", Models.class.getName() + "#forecast");
    }

    @Test
    void theMessage_saysWhatToAdd() {
        assertThat(ClusterLimitsProcessor.NEEDS_REDIS.formatted("com.acme.Models#forecast"))
                .isEqualTo("[Weft/ClusterNeedsRedis] com.acme.Models#forecast is @Limited(scope = CLUSTER), whose"
                        + " permits every instance shares through Redis, but the application has no Redis client."
                        + " Add the io.quarkus:quarkus-redis-client extension and set quarkus.redis.hosts, or use"
                        + " scope = SERVER.");
    }
}
