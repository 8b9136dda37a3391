package dev.weft.deployment.test.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ConfinedInit;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A @ConfinedInit for a group that no @Limited method declares fails the build. */
class ConfinedInitUndeclaredGroupTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Julia.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessage("[Weft/ConfinedInitGroup] " + Julia.class.getName() + "#start is @ConfinedInit(group"
                            + " = \"julia\"), but no @Limited method declares group 'julia'. Name the group of a"
                            + " @Limited(confined = true) method."));

    @ApplicationScoped
    public static class Julia {
        @ConfinedInit(group = "julia")
        void start() {}
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
