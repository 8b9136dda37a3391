package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.asReported;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.compileRecording;
import static dev.weft.processor.TestCompilations.errors;
import static dev.weft.processor.TestCompilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.weft.processor.TestCompilations.Recorded;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule on the graph of fragments and their inputs, each asserting its message, file
 * and line, and the bindings the rules choose between.
 */
class GraphRulesTest {

    @Test
    void inputNoFragmentReturns_reportsFragmentInputMissingOnTheParameter() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui,
                        String region) {}
                """);
        assertOnlyError(
                file,
                ErrorMessages.fragmentInputMissing("revenue", "region", "java.lang.String", "com.acme.Board"),
                "String region");
    }

    @Test
    void inputSeveralFragmentsReturnNoneNamedLikeIt_reportsFragmentInputAmbiguousNamingThemSorted() {
        var file = app("""
                @dev.weft.Fragment
                String south() { return "s"; }
                @dev.weft.Fragment
                String north() { return "n"; }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui,
                        CharSequence region) {}
                """);
        assertOnlyError(
                file,
                ErrorMessages.fragmentInputAmbiguous(
                        "revenue", "region", "java.lang.CharSequence", List.of("north", "south")),
                "CharSequence region");
    }

    @Test
    void inputNamedLikeVoidFragment_reportsFragmentInputVoid() {
        var file = app("""
                @dev.weft.Fragment
                void filters(dev.weft.Ui ui) {}
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui,
                        java.util.Map<String, Integer> filters) {}
                """);
        assertOnlyError(
                file,
                ErrorMessages.fragmentInputVoid(
                        "revenue", "filters", "java.util.Map<java.lang.String,java.lang.Integer>"),
                "Integer> filters");
    }

    @Test
    void inputOfPrivateNestedType_reportsFragmentInputHidden() {
        var file = app("""
                private record Filters(String region) {}
                @dev.weft.Fragment
                java.util.List<Filters> filters() { return java.util.List.of(); }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui,
                        java.util.List<? extends Filters> filters) {}
                """);
        assertOnlyError(
                file,
                ErrorMessages.fragmentInputHidden(
                        "revenue",
                        "filters",
                        "java.util.List<? extends com.acme.Board.Filters>",
                        "com.acme.Board.Filters",
                        "com.acme"),
                "extends Filters> filters");
    }

    @Test
    void threeFragmentsInACycle_reportsFragmentCycleOnceWithTheWholePathOnTheFirst() {
        var file = app("""
                record A() {}
                record B() {}
                record C() {}
                @dev.weft.Fragment
                B b(C c) { return new B(); }
                @dev.weft.Fragment
                A a(dev.weft.Ui ui, B b) { return new A(); }
                @dev.weft.Fragment
                C c(A a) { return new C(); }
                @dev.weft.Fragment
                void outside(A a) {}
                """);
        String message = """
                [Weft/FragmentCycle] Fragments of 'com.acme.Board' depend on each other in a cycle:
                    b(com.acme.Board.C c) takes c
                    c(com.acme.Board.A a) takes a
                    a(com.acme.Board.B b) takes b
                Break the cycle: a fragment cannot, directly or through others, take its own result.""";
        assertEquals(
                message,
                ErrorMessages.fragmentCycle(
                        "com.acme.Board",
                        List.of(
                                ErrorMessages.cycleEdge("b", "com.acme.Board.C", "c", "c"),
                                ErrorMessages.cycleEdge("c", "com.acme.Board.A", "a", "a"),
                                ErrorMessages.cycleEdge("a", "com.acme.Board.B", "b", "b"))));
        assertOnlyError(file, asReported(message), "B b(C c)");
    }

    @Test
    void fragmentTakingItsOwnResult_reportsFragmentCycleOfOneEdge() {
        var file = app("""
                @dev.weft.Fragment
                int total(dev.weft.Ui ui, int total) { return total + 1; }
                """);
        assertOnlyError(
                file,
                asReported(ErrorMessages.fragmentCycle(
                        "com.acme.Board", List.of(ErrorMessages.cycleEdge("total", "int", "total", "total")))),
                "int total(");
    }

    @Test
    void twoSeparateCycles_reportOneErrorEach() {
        var file = app("""
                @dev.weft.Fragment
                String words(String words) { return words; }
                @dev.weft.Fragment
                Integer count(dev.weft.Ui ui, Long big) { return 1; }
                @dev.weft.Fragment
                Long big(Integer count) { return 1L; }
                """);
        Recorded recorded = compileRecording(file);

        assertEquals(
                List.of(
                        asReported(ErrorMessages.fragmentCycle(
                                "com.acme.Board",
                                List.of(ErrorMessages.cycleEdge("words", "java.lang.String", "words", "words")))),
                        asReported(ErrorMessages.fragmentCycle(
                                "com.acme.Board",
                                List.of(
                                        ErrorMessages.cycleEdge("count", "java.lang.Long", "big", "big"),
                                        ErrorMessages.cycleEdge("big", "java.lang.Integer", "count", "count"))))),
                errors(recorded.compilation()));
        assertEquals(List.of(), recorded.generatedApps());
    }

    @Test
    void severalProvidersOneNamedLikeTheInput_bindsThatOne() {
        var file = app("""
                @dev.weft.Fragment
                String north() { return "n"; }
                @dev.weft.Fragment
                String south() { return "s"; }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui, String south) {}
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void typeArguments_decideWhichFragmentProvides() {
        var file = app("""
                @dev.weft.Fragment
                java.util.List<String> names() { return java.util.List.of(); }
                @dev.weft.Fragment
                java.util.ArrayList<Integer> counts() { return new java.util.ArrayList<>(); }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui, java.util.List<Integer> sizes, java.util.List<?> anything) {}
                """);
        // 'sizes' has one provider; 'anything' has two, and no fragment is named 'anything'.
        Compilation compilation = compileRecording(file).compilation();

        assertEquals(
                List.of(ErrorMessages.fragmentInputAmbiguous(
                        "revenue", "anything", "java.util.List<?>", List.of("counts", "names"))),
                errors(compilation));
    }

    @Test
    void primitiveInput_takesBoxedOrPrimitiveResultOfThatTypeOnly() {
        var file = app("""
                @dev.weft.Fragment
                Integer count() { return 1; }
                @dev.weft.Fragment
                long big() { return 1L; }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui, int number, Long wide) {}
                """);
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void inputOfUnresolvableType_leavesTheErrorToJavacAndGeneratesNothing() {
        var file = app("""
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui, NoSuchType region) {}
                """);
        Recorded recorded = compileRecording(file);

        assertThat(recorded.compilation()).hadErrorContaining("NoSuchType");
        assertEquals(1, errors(recorded.compilation()).size());
        assertEquals(List.of(), recorded.generatedApps());
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
