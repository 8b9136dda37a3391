package dev.weft.deployment.test.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A timeout that is not a duration, in a bean compiled without the processor, fails the build. */
class LimitedBadTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Model.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessage("[Weft/LimitedTimeout] " + Model.class.getName() + "#predict has @Limited(timeout ="
                            + " \"soon\"), which is not a duration. Write a whole number with a unit (\"500ms\", \"30s\","
                            + " \"2m\", \"1h\") or an ISO-8601 duration (\"PT30S\")."));

    @ApplicationScoped
    public static class Model {
        @Limited(group = "gpu", timeout = "soon")
        public String predict() {
            return "predicted";
        }
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
