package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules on {@code @Fragment(onRerun, maxBeside)}, each asserting its message, file and line. */
class OnRerunRulesTest {

    @Test
    void besideWithoutBound_reportsFragmentBesideBoundOnOnRerun() {
        var file = app("""
                @dev.weft.Fragment(parallel = true,
                        onRerun = dev.weft.OnRerun.BESIDE)
                void job(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentBesideBound("job", 0), "onRerun = ");
    }

    @Test
    void besideWithBoundOne_reportsFragmentBesideBoundOnMaxBeside() {
        var file = app("""
                @dev.weft.Fragment(onRerun = dev.weft.OnRerun.BESIDE,
                        maxBeside = 1)
                void job(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentBesideBound("job", 1), "maxBeside = ");
    }

    @Test
    void maxBesideWithWait_reportsFragmentBesideUnusedOnMaxBeside() {
        var file = app("""
                @dev.weft.Fragment(onRerun = dev.weft.OnRerun.WAIT,
                        maxBeside = 3)
                void job(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentBesideUnused("job", "WAIT"), "maxBeside = ");
    }

    @Test
    void maxBesideWithoutOnRerun_reportsFragmentBesideUnused() {
        var file = app("""
                @dev.weft.Fragment(
                        maxBeside = 3)
                void job(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentBesideUnused("job", "SUPERSEDE"), "maxBeside = ");
    }

    @Test
    void waitAndBounded_areWrittenIntoTheDefinition() {
        var file = app("""
                @dev.weft.Fragment(onRerun = dev.weft.OnRerun.WAIT)
                void save(dev.weft.Ui ui) {}
                @dev.weft.Fragment(onRerun = dev.weft.OnRerun.BESIDE, maxBeside = 3)
                void job(dev.weft.Ui ui) {}
                @dev.weft.Fragment
                void view(dev.weft.Ui ui) {}
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Board_WeftApp")
                .contentsAsUtf8String()
                .contains(".onRerun(OnRerun.WAIT, 0)");
        assertThat(compilation)
                .generatedSourceFile("com.acme.Board_WeftApp")
                .contentsAsUtf8String()
                .contains(".onRerun(OnRerun.BESIDE, 3)");
    }

    @Test
    void fragmentNames_areWrittenAsPublicConstants() {
        var file = app("""
                @dev.weft.Fragment
                int orderCount() { return 1; }
                @dev.weft.Fragment
                void view(dev.weft.Ui ui, int orderCount) {}
                """);
        Compilation compilation = compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Board_Fragments")
                .contentsAsUtf8String()
                .contains("public static final String ORDER_COUNT = \"orderCount\";");
        assertThat(compilation)
                .generatedSourceFile("com.acme.Board_Fragments")
                .contentsAsUtf8String()
                .contains("public static final String VIEW = \"view\";");
    }

    private static JavaFileObject app(String body) {
        return source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                %s
                }
                """.formatted(body.indent(4)));
    }
}
