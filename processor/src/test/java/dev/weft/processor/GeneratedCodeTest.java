package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.compile;
import static dev.weft.processor.TestCompilations.warnings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated sources, compared with golden files in {@code expected/}. */
class GeneratedCodeTest {

    private static final JavaFileObject DASHBOARD = JavaFileObjects.forResource("good/com/acme/Dashboard.java");
    private static final JavaFileObject OUTER = JavaFileObjects.forResource("good/com/acme/Outer.java");
    private static final JavaFileObject SALES = JavaFileObjects.forResource("good/com/acme/Sales.java");
    private static final JavaFileObject FORECAST = JavaFileObjects.forResource("good/com/acme/Forecast.java");
    private static final JavaFileObject MODEL = JavaFileObjects.forResource("good/com/acme/Model.java");
    private static final JavaFileObject GALLERY = JavaFileObjects.forResource("good/com/acme/Gallery.java");

    @Test
    void topLevelApp_generatesGoldenSource() throws IOException {
        Compilation compilation = compile(DASHBOARD);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Dashboard_WeftApp")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Dashboard_WeftApp.java"));
    }

    @Test
    void iconAndOrder_generateTheirGettersOnly() throws IOException {
        Compilation compilation = compile(GALLERY);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Gallery_WeftApp")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Gallery_WeftApp.java"));
    }

    @Test
    void nestedStaticApp_generatesGoldenSourceNamedOuterInner() throws IOException {
        Compilation compilation = compile(OUTER);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Outer_Inner_WeftApp")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Outer_Inner_WeftApp.java"));
    }

    @Test
    void fragmentGraph_generatesGoldenSourceWithInputsAndTimers() throws IOException {
        Compilation compilation = compile(SALES);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Sales_WeftApp")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Sales_WeftApp.java"));
    }

    @Test
    void limitedFragments_generateGoldenSourceWithSharedAndMethodGroups() throws IOException {
        Compilation compilation = compile(FORECAST, MODEL);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Forecast_WeftApp")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Forecast_WeftApp.java"));
    }

    @Test
    void confinedInit_generatesGoldenInitializerNextToItsBean() throws IOException {
        Compilation compilation = compile(FORECAST, MODEL);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Model_start_WeftConfinedInit")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Model_start_WeftConfinedInit.java"));
    }

    @Test
    void confinedInitOfNestedGenericBean_isNamedOuterInnerMethodAndCastsWithWildcards() {
        JavaFileObject engines = JavaFileObjects.forSourceString("com.acme.Engines", """
                package com.acme;
                public class Engines {
                    public static class Script<T, R> {
                        @dev.weft.ConfinedInit(group = "scripts")
                        protected void boot() {}
                    }
                }
                """);
        Compilation compilation = javacWithLints().compile(engines);

        assertThat(compilation).succeeded();
        assertEquals(List.of(), warnings(compilation));
        assertThat(compilation)
                .generatedSourceFile("com.acme.Engines_Script_boot_WeftConfinedInit")
                .contentsAsUtf8String()
                .contains("((Engines.Script<?, ?>) bean).boot();");
    }

    @Test
    void limitedBeanMethod_compilesWithoutGeneratingAnything() {
        JavaFileObject solver = JavaFileObjects.forSourceString("com.acme.Solver", """
                package com.acme;
                @jakarta.enterprise.context.ApplicationScoped
                public class Solver {
                    @dev.weft.Limited(group = "solver", permits = 4, queue = 10, timeout = "2m")
                    public double solve(double x) { return x; }
                    @dev.weft.Limited
                    protected void alone() {}
                }
                """);
        Compilation compilation = javacWithLints().compile(solver);

        assertThat(compilation).succeeded();
        assertEquals(List.of(), warnings(compilation));
        assertEquals(List.of(), compilation.generatedSourceFiles(), "a CDI interceptor limits bean methods");
    }

    @Test
    void cleanApps_reportNoWarningsEvenWithAllLints() {
        Compilation compilation = javacWithLints().compile(DASHBOARD, OUTER, SALES, FORECAST, MODEL);

        assertThat(compilation).succeeded();
        assertEquals(List.of(), warnings(compilation));
    }

    @Test
    void objectAndWildcardInputs_compileWithoutWarningsEvenWithAllLints() {
        JavaFileObject board = JavaFileObjects.forSourceString("com.acme.Board", """
                package com.acme;
                @dev.weft.App
                public class Board {
                    @dev.weft.Fragment
                    java.util.List<String> names() { return java.util.List.of(); }
                    @dev.weft.Fragment
                    void show(dev.weft.Ui ui, Object names, java.util.List<?> all, String[] none) {}
                    @dev.weft.Fragment
                    @SuppressWarnings("FragmentResultIdentity") String[] words() { return new String[0]; }
                }
                """);
        Compilation compilation = javacWithLints().compile(board);

        assertThat(compilation).succeeded();
        assertEquals(List.of(), warnings(compilation));
        assertThat(compilation)
                .generatedSourceFile("com.acme.Board_WeftApp")
                .contentsAsUtf8String()
                .contains("target.show(ui, inputs[0], (List<?>) inputs[1], (String[]) inputs[2]);");
    }

    @Test
    void sameSources_generateIdenticalBytes() throws IOException {
        Compilation first = compile(DASHBOARD, OUTER, SALES, FORECAST, MODEL);
        Compilation second = compile(MODEL, FORECAST, SALES, OUTER, DASHBOARD);

        // the second compilation gets the sources in the opposite order
        List<JavaFileObject> firstFiles = byName(first.generatedFiles());
        List<JavaFileObject> secondFiles = byName(second.generatedFiles());
        assertEquals(names(firstFiles), names(secondFiles));
        for (int i = 0; i < firstFiles.size(); i++) {
            assertArrayEquals(
                    bytes(firstFiles.get(i)),
                    bytes(secondFiles.get(i)),
                    firstFiles.get(i).getName());
        }
    }

    private static com.google.testing.compile.Compiler javacWithLints() {
        // -processing only warns that no processor claimed @App: Weft leaves them unclaimed on purpose.
        return com.google.testing.compile.Compiler.javac()
                .withProcessors(new WeftProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing");
    }

    private static String expected(String resource) throws IOException {
        try (InputStream in = GeneratedCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<JavaFileObject> byName(List<JavaFileObject> files) {
        return files.stream()
                .sorted(Comparator.comparing(JavaFileObject::getName))
                .toList();
    }

    private static List<String> names(List<JavaFileObject> files) {
        return files.stream().map(JavaFileObject::getName).toList();
    }

    private static byte[] bytes(JavaFileObject file) throws IOException {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        }
    }
}
