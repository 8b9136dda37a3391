package dev.weft.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import dev.weft.Limited.Scope;
import java.io.IOException;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/** Which methods make the application need the cluster limiter. */
class ClusterLimitsProcessorTest {

    static class Models {

        @Limited(group = "processor-test-cluster", scope = Scope.CLUSTER)
        void forecast() {}

        @Limited(group = "processor-test-cluster", scope = Scope.CLUSTER)
        void classify() {}

        @Limited(group = "processor-test-server")
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
}
