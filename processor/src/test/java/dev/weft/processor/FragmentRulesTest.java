package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.compileWithErrors;
import static dev.weft.processor.TestCompilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per rule on {@code @Fragment} methods, each asserting its message, file and line. */
class FragmentRulesTest {

    @Test
    void fragmentInClassWithoutApp_reportsFragmentOutsideApp() {
        var file = source("com.acme.Helper", """
                package com.acme;
                public class Helper {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        assertOnlyError(file, ErrorMessages.fragmentOutsideApp("chart", "com.acme.Helper"), "void chart");
    }

    @Test
    void fragmentInheritedFromSuperclass_isNotAFragmentOfTheApp() {
        JavaFileObject base = source("com.acme.Base", """
                package com.acme;
                public class Base {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        JavaFileObject board = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board extends Base {}
                """);
        String outside = ErrorMessages.fragmentOutsideApp("chart", "com.acme.Base");
        String none = ErrorMessages.appNoFragments("com.acme.Board");
        Compilation compilation = compileWithErrors(List.of(outside, none), base, board);

        assertThat(compilation).hadErrorContaining(outside).inFile(base).onLineContaining("void chart");
        assertThat(compilation).hadErrorContaining(none).inFile(board).onLineContaining("class Board");
    }

    @Test
    void privateFragment_reportsFragmentPrivate() {
        var file = app("""
                @dev.weft.Fragment
                private void revenue(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentPrivate("revenue"), "void revenue");
    }

    @Test
    void staticFragment_reportsFragmentStatic() {
        var file = app("""
                @dev.weft.Fragment
                static void revenue(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentStatic("revenue"), "void revenue");
    }

    @Test
    void abstractFragment_reportsFragmentAbstract() {
        JavaFileObject file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public abstract class Board {
                    @dev.weft.Fragment
                    abstract void revenue(dev.weft.Ui ui);
                }
                """);
        String message = ErrorMessages.fragmentAbstract("revenue");
        Compilation compilation =
                compileWithErrors(List.of(ErrorMessages.appAbstract("com.acme.Board"), message), file);

        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining("void revenue");
    }

    @Test
    void genericFragment_reportsFragmentGeneric() {
        var file = app("""
                @dev.weft.Fragment
                <T> T revenue(dev.weft.Ui ui) { return null; }
                """);
        assertOnlyError(file, ErrorMessages.fragmentGeneric("revenue"), "T revenue");
    }

    @Test
    void fragmentThrowingThrowable_reportsFragmentThrowable() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui) throws Throwable {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentThrowable("revenue", "java.lang.Throwable"), "void revenue");
    }

    @Test
    void runEveryNotADuration_reportsFragmentRunEveryOnTheValue() {
        var file = app("""
                @dev.weft.Fragment(parallel = true,
                        runEvery = "10 seconds")
                void revenue(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentRunEvery("revenue", "10 seconds"), "runEvery = ");
    }

    @Test
    void secondUiParameter_reportsFragmentDuplicateUiOnTheSecond() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui,
                        dev.weft.Ui other) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentDuplicateUi("revenue", "other"), "Ui other");
    }

    @Test
    void overloadedFragment_reportsFragmentOverloadedOnTheSecond() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui) {}
                @dev.weft.Fragment
                int revenue() { return 1; }
                """);
        assertOnlyError(file, ErrorMessages.fragmentOverloaded("revenue", "com.acme.Board"), "int revenue");
    }

    @Test
    void overloadThatIsNotAFragment_isAccepted() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui) {}
                int revenue() { return 1; }
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void uncheckedAndCheckedExceptions_areAccepted() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui) throws java.io.IOException, StackOverflowError {}
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
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
