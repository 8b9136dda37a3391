package dev.weft.deployment.test.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A group declared with different settings in two beans (as if from two jars) fails the build, naming both methods. */
class LimitedGroupConflictTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(First.class, Second.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessage("[Weft/LimitedGroupConflict] Group 'gpu' is declared with different settings: "
                            + First.class.getName() + "#forecast has permits = 1, queue = 32, timeout = none,"
                            + " scope = SERVER, confined = false, but " + Second.class.getName() + "#train has"
                            + " permits = 2, queue = 32, timeout = none, scope = SERVER, confined = false. Give every"
                            + " declaration of the group the same settings, or give one of them a group of its own."));

    @ApplicationScoped
    public static class First {
        @Limited(group = "gpu", permits = 1, queue = 32)
        public void forecast() {}
    }

    @ApplicationScoped
    public static class Second {
        @Limited(group = "gpu", permits = 2, queue = 32)
        public void train() {}
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
