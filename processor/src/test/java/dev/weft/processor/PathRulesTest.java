package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.compileRecording;
import static dev.weft.processor.TestCompilations.errors;
import static dev.weft.processor.TestCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weft.processor.TestCompilations.Recorded;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for {@code @App(path)}: one compiled test per message, plus the rules on their own. */
class PathRulesTest {

    @Test
    void relativePath_reportsPathNotAbsoluteOnTheValue() {
        assertOnlyError(app("sales"), ErrorMessages.pathNotAbsolute("sales"), "path = \"sales\"");
    }

    @Test
    void trailingSlash_reportsPathTrailingSlash() {
        assertOnlyError(app("/sales/"), ErrorMessages.pathTrailingSlash("/sales/"), "path = \"/sales/\"");
    }

    @Test
    void space_reportsPathCharacter() {
        assertOnlyError(app("/sales report"), ErrorMessages.pathCharacter("/sales report", " "), "path =");
    }

    @Test
    void doubleSlash_reportsPathEmptySegment() {
        assertOnlyError(app("/sales//north"), ErrorMessages.pathEmptySegment("/sales//north"), "path =");
    }

    @Test
    void dotDotSegment_reportsPathDotSegment() {
        assertOnlyError(app("/sales/../north"), ErrorMessages.pathDotSegment("/sales/../north"), "path =");
    }

    @Test
    void quarkusPath_reportsPathReserved() {
        assertOnlyError(app("/q/health"), ErrorMessages.pathReserved("/q/health"), "path = \"/q/health\"");
    }

    @Test
    void secondAppOnSamePath_reportsPathDuplicateNamingTheFirst() {
        JavaFileObject first = source("com.acme.First", """
                package com.acme;
                @dev.weft.App(path = "/sales")
                public class First {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        JavaFileObject second = app("/sales");
        Compilation compilation = compile(first, second);

        String message = ErrorMessages.pathDuplicate("/sales", "com.acme.First");
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(second).onLineContaining("path = \"/sales\"");
    }

    @Test
    void twoAppsOnDefaultPath_reportsPathDuplicateOnTheAnnotation() {
        JavaFileObject first = source("com.acme.First", """
                package com.acme;
                @dev.weft.App
                public class First {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        JavaFileObject second = source("com.acme.Second", """
                package com.acme;
                @dev.weft.App(title = "Second")
                public class Second {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """);
        Recorded recorded = compileRecording(first, second);

        String message = ErrorMessages.pathDuplicate("/", "com.acme.First");
        assertEquals(List.of(message), errors(recorded.compilation()));
        assertThat(recorded.compilation())
                .hadErrorContaining(message)
                .inFile(second)
                .onLineContaining("@dev.weft.App");
        assertEquals(List.of("com.acme.First"), recorded.generatedApps());
    }

    @Test
    void characterOutsideBasicPlane_isNamedWhole() {
        assertEquals(
                Optional.of(ErrorMessages.pathCharacter("/a\uD83D\uDE00", "\uD83D\uDE00")),
                PathRules.check("/a\uD83D\uDE00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sales", "/sales/north-2.0", "/a_b/C.d", "/qa", "/q-and-a", "/_weftish", "/x/q"})
    void validPath_passesEveryRule(String path) {
        assertEquals(Optional.empty(), PathRules.check(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q", "/q/", "/q/dev-ui", "/_weft", "/_weft/weft.js"})
    void reservedPath_isRejected(String path) {
        assertEquals(true, PathRules.check(path).isPresent(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sales", "/é", "/a?b", "/a#b", "/a%20b", "/./a", "/a/.", "/.."})
    void malformedPath_isRejected(String path) {
        assertEquals(true, PathRules.check(path).isPresent(), path);
    }

    private static JavaFileObject app(String path) {
        return source("com.acme.Board", """
                package com.acme;
                @dev.weft.App(
                        title = "Board",
                        path = "%s")
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                }
                """.formatted(path));
    }
}
