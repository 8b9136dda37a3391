package dev.weft.deployment.test.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ConfinedInit;
import dev.weft.Limited;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A @ConfinedInit for a group that is not confined fails the build. */
class ConfinedInitNotConfinedTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Julia.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessage("[Weft/ConfinedInitGroup] " + Julia.class.getName() + "#start is @ConfinedInit(group"
                            + " = \"julia\"), but group 'julia' is not confined (" + Julia.class.getName()
                            + "#eval has no confined = true). Add confined = true to the group's @Limited, or remove the"
                            + " @ConfinedInit."));

    @ApplicationScoped
    public static class Julia {
        @ConfinedInit(group = "julia")
        void start() {}

        @Limited(group = "julia")
        public String eval(String code) {
            return code;
        }
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
