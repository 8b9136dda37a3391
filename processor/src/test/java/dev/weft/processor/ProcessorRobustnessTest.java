package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weft.processor.TestCompilations.compileRecording;
import static dev.weft.processor.TestCompilations.compileWithErrors;
import static dev.weft.processor.TestCompilations.errors;
import static dev.weft.processor.TestCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weft.processor.TestCompilations.Recorded;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How the processor behaves when an app has several errors, or when Weft itself fails. */
class ProcessorRobustnessTest {

    private static final JavaFileObject GOOD = source("com.acme.Good", """
            package com.acme;
            @dev.weft.App
            public class Good {
                @dev.weft.Fragment
                void chart(dev.weft.Ui ui) {}
            }
            """);

    @Test
    void appWithTwoErrors_reportsBothAndGeneratesNothing() {
        JavaFileObject file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(path = "/q")
                public class Board {
                    @dev.weft.Fragment
                    private void revenue(dev.weft.Ui ui) {}
                }
                """);
        String privateFragment = ErrorMessages.fragmentPrivate("revenue");
        String reserved = ErrorMessages.pathReserved("/q");
        Compilation compilation = compileWithErrors(List.of(privateFragment, reserved), file);

        assertThat(compilation).hadErrorContaining(privateFragment).inFile(file).onLineContaining("void revenue");
        assertThat(compilation).hadErrorContaining(reserved).inFile(file).onLineContaining("path = \"/q\"");
    }

    @Test
    void badAppNextToGoodApp_generatesOnlyTheGoodOne() {
        JavaFileObject bad = source("com.acme.Bad", """
                package com.acme;
                @dev.weft.App(path = "/bad")
                public class Bad {}
                """);
        Recorded recorded = compileRecording(bad, GOOD);

        assertEquals(List.of(ErrorMessages.appNoFragments("com.acme.Bad")), errors(recorded.compilation()));
        assertEquals(List.of("com.acme.Good"), recorded.generatedApps());
    }

    @Test
    void failureInsideWeft_isReportedAsInternalErrorOnTheApp() {
        IllegalStateException failure = new IllegalStateException("boom");
        Compilation compilation = javac().withProcessors(new WeftProcessor(model -> {
                    throw failure;
                }))
                .compile(GOOD);

        String message = ErrorMessages.internal("com.acme.Good", failure);
        assertThat(compilation).failed();
        assertEquals(List.of(message), errors(compilation));
        assertThat(compilation).hadErrorContaining(message).inFile(GOOD).onLineContaining("class Good");
    }

    @Test
    void failureInsideWeftOnAConfinedInit_isReportedAsInternalErrorOnTheMethod() {
        JavaFileObject engine = source("com.acme.Engine", """
                package com.acme;
                public class Engine {
                    @dev.weft.ConfinedInit(group = "julia")
                    void start() {}
                }
                """);
        IllegalStateException failure = new IllegalStateException("boom");
        Compilation compilation = javac().withProcessors(new WeftProcessor(new AppDefinitionWriter()::write, model -> {
                    throw failure;
                }))
                .compile(engine);

        String message = ErrorMessages.internal("start()", failure);
        assertEquals(List.of(message), errors(compilation));
        assertThat(compilation).hadErrorContaining(message).inFile(engine).onLineContaining("void start");
    }
}
