package dev.weft.it.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.runtime.limits.cluster.RedisServerExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A packaged instance with cluster settings that cannot work does not start, and says why. */
class BadSettingsIT {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Test
    void renewIntervalLongerThanHalfTheLease_stopsTheInstanceAtStartup_namingBothSettings() {
        assertThatThrownBy(() -> ClusterInstance.start(
                                "bad", REDIS.uri(), Map.of("quarkus.weft.limits.cluster.renew-interval", "2S"))
                        .close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining(
                        "quarkus.weft.limits.cluster.renew-interval is PT2S: it must be between 10 milliseconds"
                                + " and half of quarkus.weft.limits.cluster.lease-time (PT3S)");
    }
}
