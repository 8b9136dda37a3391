package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.asReported;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.compileRecording;
import static dev.weft.processor.TestCompilations.errors;
import static dev.weft.processor.TestCompilations.source;
import static dev.weft.processor.TestCompilations.warnings;
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

    @Test
    void inputNamedLikeAFragmentOfAnotherType_saysWhatThatFragmentReturns() {
        var file = app("""
                @dev.weft.Fragment
                int region() { return 3; }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui,
                        String region) {}
                """);
        assertOnlyError(
                file,
                ErrorMessages.fragmentInputMistyped("revenue", "region", "java.lang.String", "com.acme.Board", "int"),
                "String region");
    }

    @Test
    void anArrayResultThatAFragmentTakes_isAWarningNamingItsTakers_andTheBuildGoesOn() {
        JavaFileObject file = app("""
                @dev.weft.Fragment
                String[] regions() { return new String[] {"north"}; }
                @dev.weft.Fragment
                void revenue(dev.weft.Ui ui, String[] regions) {}
                @dev.weft.Fragment
                void costs(dev.weft.Ui ui, String[] regions) {}
                """);
        Compilation compilation = compile(file);

        assertThat(compilation).succeeded();
        assertEquals(
                List.of(ErrorMessages.fragmentResultIdentity(
                        "regions", "java.lang.String[]", "java.lang.String[]", List.of("costs", "revenue"))),
                warnings(compilation));
        assertThat(compilation)
                .hadWarningContaining("Return a List")
                .inFile(file)
                .onLineContaining("String[] regions()");
    }

    @Test
    void aClassWithoutEquals_insideAList_isAWarningNamingThatClass() {
        Compilation compilation = compile(app("""
                static class Order { int id; }
                @dev.weft.Fragment
                java.util.List<Order> orders() { return java.util.List.of(); }
                @dev.weft.Fragment
                void table(dev.weft.Ui ui, java.util.List<Order> orders) {}
                """));

        assertThat(compilation).succeeded();
        assertEquals(
                List.of(ErrorMessages.fragmentResultIdentity(
                        "orders", "java.util.List<com.acme.Board.Order>", "com.acme.Board.Order", List.of("table"))),
                warnings(compilation));
        assertThat(compilation).hadWarningContaining("Make 'com.acme.Board.Order' a record, or override equals");
    }

    @Test
    void resultsWithValueEquality_orThatNoFragmentTakes_orSuppressed_areNotWarnedAbout() {
        Compilation compilation = compile(app("""
                record Filters(String region) {}
                enum Mode { DAY, NIGHT }
                static class Money { @Override public boolean equals(Object o) { return o instanceof Money; }
                        @Override public int hashCode() { return 1; } }
                static class Euros extends Money {}
                @dev.weft.Fragment
                Filters filters() { return new Filters("n"); }
                @dev.weft.Fragment
                java.util.Map<String, java.util.List<Mode>> modes() { return java.util.Map.of(); }
                @dev.weft.Fragment
                Euros euros() { return new Euros(); }
                @dev.weft.Fragment
                java.util.List<? extends CharSequence> names() { return java.util.List.of(); }
                @dev.weft.Fragment
                int[] unused() { return new int[0]; }
                @dev.weft.Fragment
                @SuppressWarnings("FragmentResultIdentity")
                Object[] kept() { return new Object[0]; }
                @dev.weft.Fragment
                void show(dev.weft.Ui ui, Filters filters, java.util.Map<String, java.util.List<Mode>> modes,
                        Euros euros, java.util.List<? extends CharSequence> names, Object[] kept) {}
                """));

        assertThat(compilation).succeeded();
        assertEquals(List.of(), warnings(compilation));
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
