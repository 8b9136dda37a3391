package dev.weft.deployment.test.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cluster limit in an application without the Redis client fails the build, saying which dependency to add. */
class LimitedClusterWithoutRedisTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Model.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessage("[Weft/LimitedClusterNeedsRedis] " + Model.class.getName() + "#predict is"
                            + " @Limited(scope = CLUSTER), which shares its permits through Redis, but the application"
                            + " has no Redis client. Add the io.quarkus:quarkus-redis-client dependency, or use scope"
                            + " SERVER."));

    @ApplicationScoped
    public static class Model {
        @Limited(group = "gpu", scope = Limited.Scope.CLUSTER)
        public String predict() {
            return "predicted";
        }
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
