package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per rule on {@code @Limited}, each asserting its message, file and line. */
class LimitedRulesTest {

    @Test
    void permitsBelowOne_reportsLimitedPermitsOnTheValueAndGeneratesNoApp() {
        var file = app("""
                @dev.weft.Fragment
                @dev.weft.Limited(group = "gpu",
                        permits = 0)
                void forecast(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.limitedPermits("com.acme.Board#forecast", 0), "permits = 0");
    }

    @Test
    void negativeQueue_reportsLimitedQueueOnTheValue() {
        var file = bean("""
                @dev.weft.Limited(group = "gpu",
                        queue = -1)
                public void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedQueue("com.acme.Solver#solve", -1), "queue = -1");
    }

    @Test
    void timeoutNotAPositiveDuration_reportsLimitedTimeoutOnTheValue() {
        var file = bean("""
                @dev.weft.Limited(group = "gpu",
                        timeout = "0s")
                public void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedTimeout("com.acme.Solver#solve", "0s"), "timeout = ");
    }

    @Test
    void confinedWithSeveralPermits_reportsLimitedConfinedPermitsOnThePermits() {
        var file = bean("""
                @dev.weft.Limited(group = "julia", confined = true,
                        permits = 2)
                public void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedConfinedPermits("com.acme.Solver#solve", 2), "permits = 2");
    }

    @Test
    void confinedPerSession_reportsLimitedConfinedSessionOnTheScope() {
        var file = bean("""
                @dev.weft.Limited(group = "julia", confined = true,
                        scope = dev.weft.Limited.Scope.SESSION)
                public void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedConfinedSession("com.acme.Solver#solve"), "scope = ");
    }

    @Test
    void groupNameWithASpace_reportsLimitedGroupNameOnTheValue() {
        var file = bean("""
                @dev.weft.Limited(permits = 2,
                        group = "gpu farm")
                public void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedGroupName("com.acme.Solver#solve", "gpu farm"), "group = ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu farm", "com.acme.Sales#forecast", "gpü", "a/b", "x:y"})
    void groupNameOutsideTheAllowedCharacters_isRejected(String name) {
        var file = bean("""
                @dev.weft.Limited(group = "%s")
                public void solve() {}
                """.formatted(name));
        assertOnlyError(file, ErrorMessages.limitedGroupName("com.acme.Solver#solve", name), "Limited(group");
    }

    @Test
    void groupNameOfMoreThanAHundredCharacters_isRejectedAndOfAHundredAccepted() {
        String tooLong = "g".repeat(GroupNames.MAXIMUM_LENGTH + 1);
        var file = bean("""
                @dev.weft.Limited(group = "%s")
                public void solve() {}
                @dev.weft.Limited(group = "%s")
                public void fits() {}
                """.formatted(tooLong, "g".repeat(GroupNames.MAXIMUM_LENGTH)));
        assertOnlyError(file, ErrorMessages.limitedGroupName("com.acme.Solver#solve", tooLong), tooLong + "\"");
    }

    @Test
    void groupWithOtherPermitsInALaterClass_reportsLimitedGroupConflictOnTheLaterNamingBoth() {
        JavaFileObject later = source("com.acme.Later", """
                package com.acme;
                public class Later {
                    @dev.weft.Limited(group = "gpu",
                            permits = 2)
                    public void run() {}
                }
                """);
        JavaFileObject earlier = source("com.acme.Earlier", """
                package com.acme;
                public class Earlier {
                    @dev.weft.Limited(group = "gpu", permits = 1)
                    public void run() {}
                }
                """);
        String message = ErrorMessages.limitedGroupConflict(
                "gpu", "permits", "com.acme.Later#run", "2", "com.acme.Earlier#run", "1");
        // classes are compared in the order of their names, whatever order javac reads the files in
        Compilation compilation = compileWithErrors(List.of(message), later, earlier);

        assertThat(compilation).hadErrorContaining(message).inFile(later).onLineContaining("permits = 2");
    }

    @Test
    void groupWithOtherQueueLaterInTheSameClass_reportsTheFirstDifferenceOnTheAnnotation() {
        var file = bean("""
                @dev.weft.Limited(group = "gpu", queue = 5, timeout = "10s")
                public void first() {}
                @dev.weft.Limited(group = "gpu") // the defaults: queue 100, no timeout
                public void second() {}
                """);
        String message = ErrorMessages.limitedGroupConflict(
                "gpu", "queue", "com.acme.Solver#second", "100", "com.acme.Solver#first", "5");
        assertOnlyError(file, message, "the defaults");
    }

    @Test
    void groupWithOtherTimeoutScopeOrConfinement_namesThatSetting() {
        var file = bean("""
                @dev.weft.Limited(group = "gpu", timeout = "10s")
                public void first() {}
                @dev.weft.Limited(group = "gpu",
                        timeout = "20s")
                public void second() {}
                @dev.weft.Limited(group = "gpu", timeout = "PT10S",
                        scope = dev.weft.Limited.Scope.CLUSTER)
                public void third() {}
                @dev.weft.Limited(group = "gpu", timeout = "10000ms",
                        confined = true)
                public void fourth() {}
                """);
        String timeout = ErrorMessages.limitedGroupConflict(
                "gpu", "timeout", "com.acme.Solver#second", "\"20s\"", "com.acme.Solver#first", "\"10s\"");
        String scope = ErrorMessages.limitedGroupConflict(
                "gpu", "scope", "com.acme.Solver#third", "CLUSTER", "com.acme.Solver#first", "SERVER");
        String confined = ErrorMessages.limitedGroupConflict(
                "gpu", "confined", "com.acme.Solver#fourth", "true", "com.acme.Solver#first", "false");
        Compilation compilation = compileWithErrors(List.of(timeout, scope, confined), file);

        assertThat(compilation).hadErrorContaining(timeout).inFile(file).onLineContaining("\"20s\"");
        assertThat(compilation).hadErrorContaining(scope).inFile(file).onLineContaining("CLUSTER");
        assertThat(compilation).hadErrorContaining(confined).inFile(file).onLineContaining("confined = true");
    }

    @Test
    void groupDeclaredAlikeInDifferentWords_isAccepted() {
        var file = bean("""
                @dev.weft.Limited(group = "gpu", timeout = "60s", scope = dev.weft.Limited.Scope.SERVER)
                public void first() {}
                @dev.weft.Limited(group = "gpu", permits = 1, queue = 100, timeout = "PT1M")
                public void second() {}
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void fragmentThatDeclaresAGroupFirst_isGeneratedWhileTheLaterBeanMethodIsRejected() {
        JavaFileObject board = app("""
                @dev.weft.Fragment
                @dev.weft.Limited(group = "gpu")
                void forecast(dev.weft.Ui ui) {}
                """);
        JavaFileObject solver = source("com.acme.Solver", """
                package com.acme;
                public class Solver {
                    @dev.weft.Limited(group = "gpu", permits = 3)
                    public void solve() {}
                }
                """);
        Recorded recorded = compileRecording(solver, board);

        assertEquals(
                List.of(ErrorMessages.limitedGroupConflict(
                        "gpu", "permits", "com.acme.Solver#solve", "3", "com.acme.Board#forecast", "1")),
                errors(recorded.compilation()));
        assertEquals(List.of("com.acme.Board"), recorded.generatedApps());
    }

    @Test
    void fragmentThatDeclaresAGroupLater_reportsTheConflictOnTheFragmentAndGeneratesNoApp() {
        JavaFileObject board = app("""
                @dev.weft.Fragment
                @dev.weft.Limited(group = "gpu")
                void forecast(dev.weft.Ui ui) {}
                """);
        JavaFileObject model = source("com.acme.AModel", """
                package com.acme;
                public class AModel {
                    @dev.weft.Limited(group = "gpu", permits = 3)
                    public void solve() {}
                }
                """);
        String message = ErrorMessages.limitedGroupConflict(
                "gpu", "permits", "com.acme.Board#forecast", "1", "com.acme.AModel#solve", "3");
        Compilation compilation = compileWithErrors(List.of(message), board, model);

        assertThat(compilation).hadErrorContaining(message).inFile(board).onLineContaining("Limited(group");
    }

    @Test
    void privateBeanMethod_reportsLimitedPrivate() {
        var file = bean("""
                @dev.weft.Limited
                private void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedPrivate("com.acme.Solver#solve"), "void solve");
    }

    @Test
    void staticBeanMethod_reportsLimitedStatic() {
        var file = bean("""
                @dev.weft.Limited
                public static void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedStatic("com.acme.Solver#solve"), "void solve");
    }

    @Test
    void abstractBeanMethod_reportsLimitedAbstract() {
        var file = source("com.acme.Solver", """
                package com.acme;
                public abstract class Solver {
                    @dev.weft.Limited
                    public abstract void solve();
                }
                """);
        assertOnlyError(file, ErrorMessages.limitedAbstract("com.acme.Solver#solve"), "void solve");
    }

    @Test
    void finalBeanMethod_reportsLimitedFinal() {
        var file = bean("""
                @dev.weft.Limited
                public final void solve() {}
                """);
        assertOnlyError(file, ErrorMessages.limitedFinal("com.acme.Solver#solve"), "void solve");
    }

    @Test
    void methodOfFinalClass_reportsLimitedFinalClass() {
        var file = source("com.acme.Solver", """
                package com.acme;
                public final class Solver {
                    @dev.weft.Limited
                    public void solve() {}
                }
                """);
        assertOnlyError(
                file, ErrorMessages.limitedFinalClass("com.acme.Solver#solve", "com.acme.Solver"), "void solve");
    }

    @Test
    void methodOfInterface_reportsLimitedNotClass() {
        var file = source("com.acme.Solver", """
                package com.acme;
                public interface Solver {
                    @dev.weft.Limited
                    default void solve() {}
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.limitedNotClass("com.acme.Solver#solve", "com.acme.Solver", "an interface"),
                "void solve");
    }

    @Test
    void methodOfRecord_reportsLimitedNotClass() {
        var file = source("com.acme.Solver", """
                package com.acme;
                public record Solver(int size) {
                    @dev.weft.Limited
                    public void solve() {}
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.limitedNotClass("com.acme.Solver#solve", "com.acme.Solver", "a record"),
                "void solve");
    }

    @Test
    void methodOfInnerClass_reportsLimitedInnerClass() {
        var file = source("com.acme.Outer", """
                package com.acme;
                public class Outer {
                    public class Solver {
                        @dev.weft.Limited
                        public void solve() {}
                    }
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.limitedInnerClass("com.acme.Outer.Solver#solve", "com.acme.Outer.Solver"),
                "void solve");
    }

    @Test
    void privateLimitedFragment_reportsOnlyTheFragmentRule() {
        var file = app("""
                @dev.weft.Fragment
                @dev.weft.Limited(group = "gpu")
                private void forecast(dev.weft.Ui ui) {}
                """);
        assertOnlyError(file, ErrorMessages.fragmentPrivate("forecast"), "void forecast");
    }

    @Test
    void limitedMethodOfAppThatIsNoFragment_followsTheBeanRulesAndStopsTheApp() {
        var file = app("""
                @dev.weft.Fragment
                void chart(dev.weft.Ui ui) {}
                @dev.weft.Limited
                static int helper() { return 1; }
                """);
        assertOnlyError(file, ErrorMessages.limitedStatic("com.acme.Board#helper"), "int helper");
    }

    @Test
    void severalBrokenSettings_areAllReported() {
        var file = bean("""
                @dev.weft.Limited(
                        permits = -1,
                        queue = -2,
                        timeout = "soon")
                protected void solve() {}
                """);
        String place = "com.acme.Solver#solve";
        List<String> messages = List.of(
                ErrorMessages.limitedPermits(place, -1),
                ErrorMessages.limitedQueue(place, -2),
                ErrorMessages.limitedTimeout(place, "soon"));
        Compilation compilation = compileWithErrors(messages, file);

        assertThat(compilation).hadErrorContaining(messages.get(0)).inFile(file).onLineContaining("permits = -1");
        assertThat(compilation).hadErrorContaining(messages.get(1)).inFile(file).onLineContaining("queue = -2");
        assertThat(compilation).hadErrorContaining(messages.get(2)).inFile(file).onLineContaining("\"soon\"");
    }

    /** An {@code @App} class {@code com.acme.Board} with the given members. */
    private static JavaFileObject app(String body) {
        return source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                %s
                }
                """.formatted(body.indent(4)));
    }

    /** A plain class {@code com.acme.Solver}, standing for a CDI bean, with the given members. */
    private static JavaFileObject bean(String body) {
        return source("com.acme.Solver", """
                package com.acme;
                public class Solver {
                %s
                }
                """.formatted(body.indent(4)));
    }
}
