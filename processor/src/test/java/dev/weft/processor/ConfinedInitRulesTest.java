package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.assertOnlyError;
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

/** One test per rule on {@code @ConfinedInit}, each asserting its message, file and line. */
class ConfinedInitRulesTest {

    private static final String PLACE = "com.acme.Engine#start";

    @Test
    void privateMethod_reportsConfinedInitPrivate() {
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                private void start() {}
                """);
        assertOnlyError(file, ErrorMessages.confinedInitPrivate(PLACE), "void start");
    }

    @Test
    void staticMethod_reportsConfinedInitStatic() {
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                static void start() {}
                """);
        assertOnlyError(file, ErrorMessages.confinedInitStatic(PLACE), "void start");
    }

    @Test
    void abstractMethod_reportsConfinedInitAbstract() {
        var file = source("com.acme.Engine", """
                package com.acme;
                public abstract class Engine {
                    @dev.weft.ConfinedInit(group = "julia")
                    abstract void start();
                }
                """);
        assertOnlyError(file, ErrorMessages.confinedInitAbstract(PLACE), "void start");
    }

    @Test
    void methodWithParameters_reportsConfinedInitParameters() {
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                void start(String home) {}
                """);
        assertOnlyError(file, ErrorMessages.confinedInitParameters(PLACE), "void start");
    }

    @Test
    void genericMethod_reportsConfinedInitGeneric() {
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                <T> void start() {}
                """);
        assertOnlyError(file, ErrorMessages.confinedInitGeneric(PLACE), "void start");
    }

    @Test
    void methodThrowingThrowable_reportsConfinedInitThrowable() {
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                void start() throws Throwable {}
                """);
        assertOnlyError(file, ErrorMessages.confinedInitThrowable(PLACE, "java.lang.Throwable"), "void start");
    }

    @Test
    void methodOfInterface_reportsConfinedInitNotClass() {
        var file = source("com.acme.Engine", """
                package com.acme;
                public interface Engine {
                    @dev.weft.ConfinedInit(group = "julia")
                    default void start() {}
                }
                """);
        assertOnlyError(
                file, ErrorMessages.confinedInitNotClass(PLACE, "com.acme.Engine", "an interface"), "void start");
    }

    @Test
    void methodOfInnerClass_reportsConfinedInitInnerClass() {
        var file = source("com.acme.Outer", """
                package com.acme;
                public class Outer {
                    class Engine {
                        @dev.weft.ConfinedInit(group = "julia")
                        void start() {}
                    }
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.confinedInitInnerClass("com.acme.Outer.Engine#start", "com.acme.Outer.Engine"),
                "void start");
    }

    @Test
    void methodOfClassInPrivateClass_reportsConfinedInitHiddenClass() {
        var file = source("com.acme.Outer", """
                package com.acme;
                public class Outer {
                    private static class Holder {
                        static class Engine {
                            @dev.weft.ConfinedInit(group = "julia")
                            void start() {}
                        }
                    }
                }
                """);
        assertOnlyError(
                file,
                ErrorMessages.confinedInitHiddenClass("com.acme.Outer.Holder.Engine#start", "com.acme.Outer.Holder"),
                "void start");
    }

    @Test
    void methodOfApp_reportsConfinedInitInAppAndGeneratesNoApp() {
        var file = source("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    void chart(dev.weft.Ui ui) {}
                    @dev.weft.ConfinedInit(group = "julia")
                    void start() {}
                }
                """);
        assertOnlyError(file, ErrorMessages.confinedInitInApp("com.acme.Board#start", "com.acme.Board"), "void start");
    }

    @Test
    void invalidGroupName_reportsConfinedInitGroupNameOnTheValue() {
        var file = engine("""
                @dev.weft.ConfinedInit(
                        group = "julia lang")
                void start() {}
                """);
        assertOnlyError(file, ErrorMessages.confinedInitGroupName(PLACE, "julia lang"), "group = ");
    }

    @Test
    void groupDeclaredWithoutConfined_reportsConfinedInitNotConfinedNamingTheDeclaration() {
        JavaFileObject solver = source("com.acme.Solver", """
                package com.acme;
                public class Solver {
                    @dev.weft.Limited(group = "julia")
                    public void solve() {}
                }
                """);
        var file = engine("""
                @dev.weft.ConfinedInit(
                        group = "julia")
                void start() {}
                """);
        String message = ErrorMessages.confinedInitNotConfined(PLACE, "julia", "com.acme.Solver#solve");
        Compilation compilation = compileWithErrors(List.of(message), file, solver);

        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining("group = ");
    }

    @Test
    void secondInitializerOfAGroup_reportsConfinedInitDuplicateNamingTheFirst() {
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                void start() {}
                @dev.weft.ConfinedInit(
                        group = "julia") // again
                void warmUp() {}
                """);
        Recorded recorded = compileRecording(file);

        String message = ErrorMessages.confinedInitDuplicate("com.acme.Engine#warmUp", "julia", PLACE);
        assertEquals(List.of(message), errors(recorded.compilation()));
        assertThat(recorded.compilation())
                .hadErrorContaining(message)
                .inFile(file)
                .onLineContaining("again");
        assertEquals(List.of(PLACE), recorded.generatedInitializers(), "the first one is still generated");
    }

    @Test
    void initializerOfConfinedGroupOrOfGroupDeclaredElsewhere_isGenerated() {
        JavaFileObject solver = source("com.acme.Solver", """
                package com.acme;
                public class Solver {
                    @dev.weft.Limited(group = "julia", confined = true)
                    public void solve() {}
                }
                """);
        var file = engine("""
                @dev.weft.ConfinedInit(group = "julia")
                void start() throws java.io.IOException {}
                @dev.weft.ConfinedInit(group = "python")
                public int boot() { return 0; }
                """);
        Recorded recorded = compileRecording(file, solver);

        assertThat(recorded.compilation()).succeededWithoutWarnings();
        assertEquals(List.of(PLACE, "com.acme.Engine#boot"), recorded.generatedInitializers());
    }

    /** A plain class {@code com.acme.Engine}, standing for a CDI bean, with the given members. */
    private static JavaFileObject engine(String body) {
        return source("com.acme.Engine", """
                package com.acme;
                public class Engine {
                %s
                }
                """.formatted(body.indent(4)));
    }
}
