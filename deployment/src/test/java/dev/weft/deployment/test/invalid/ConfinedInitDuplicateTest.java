package dev.weft.deployment.test.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ConfinedInit;
import dev.weft.Limited;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two @ConfinedInit methods for one group fail the build, naming both. */
class ConfinedInitDuplicateTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Julia.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessage("[Weft/ConfinedInitDuplicate] Group 'julia' has more than one @ConfinedInit method: "
                            + Julia.class.getName() + "#loadLibraries, " + Julia.class.getName() + "#start. Keep"
                            + " one, and do all of the group's initialization there."));

    @ApplicationScoped
    public static class Julia {
        @ConfinedInit(group = "julia")
        void loadLibraries() {}

        @ConfinedInit(group = "julia")
        void start() {}

        @Limited(group = "julia", confined = true)
        public String eval(String code) {
            return code;
        }
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
