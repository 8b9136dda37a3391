package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An @App whose generated class is missing (processor not configured) fails the build, saying what XML to add. */
class MissingProcessorTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            // Only the app class: its generated class is left out, as if the processor never ran.
            .withApplicationRoot(jar -> jar.addClasses(Orphan.class))
            .assertException(e -> assertThat(e)
                    .rootCause()
                    .hasMessageContaining("[Weft/ProcessorMissing]")
                    .hasMessageContaining(Orphan.class.getName())
                    .hasMessageContaining("<artifactId>weft-processor</artifactId>")
                    .hasMessageContaining("<annotationProcessorPaths>"));

    @App(path = "/orphan")
    public static class Orphan {

        @Fragment
        void lonely(Ui ui) {
            ui.text("unreachable");
        }
    }

    @Test
    void buildFails() {
        // assertException above checks the failure.
    }
}
