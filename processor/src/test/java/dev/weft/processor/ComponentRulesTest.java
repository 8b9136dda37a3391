package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.weft.processor.TestCompilations.assertOnlyError;
import static dev.weft.processor.TestCompilations.errors;
import static dev.weft.processor.TestCompilations.source;
import static dev.weft.processor.TestCompilations.warnings;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules for {@code Component.module} and {@code Component.streamlit} declarations: the value
 * type's class literal and the URL's string literal.
 */
class ComponentRulesTest {

    @TempDir
    Path resources;

    @Test
    void interfaceValueType_reportsComponentValueAbstractOnTheClassLiteral() {
        assertOnlyError(
                declaring("Component.module(\"/_static/map.js\", Runnable.class)"),
                ErrorMessages.componentValueAbstract("Component value type 'java.lang.Runnable'", "an interface"),
                "Runnable.class");
    }

    @Test
    void textInterfaceAsTheValueTypeItself_reportsComponentValueAbstract_asTheRuntimeDoes() {
        assertOnlyError(
                declaring("Component.module(\"/_static/map.js\", CharSequence.class)"),
                ErrorMessages.componentValueAbstract("Component value type 'java.lang.CharSequence'", "an interface"),
                "CharSequence.class");
    }

    @Test
    void abstractClassValueType_reportsComponentValueAbstract() {
        assertOnlyError(
                declaring("Component.module(\"/_static/map.js\", Shape.class)", "abstract static class Shape {}"),
                ErrorMessages.componentValueAbstract(
                        "Component value type 'com.acme.Widgets.Shape'", "an abstract class"),
                "Shape.class");
    }

    @Test
    void primitiveValueType_reportsComponentValuePrimitiveWithItsBox() {
        assertOnlyError(
                declaring("Component.streamlit(\"/_static/stars/index.html\", int.class)"),
                ErrorMessages.componentValuePrimitive("int", "Integer"),
                "int.class");
    }

    @Test
    void genericRecordValueType_reportsComponentValueGeneric() {
        assertOnlyError(
                declaring("Component.module(\"/_static/map.js\", Box.class)", "record Box<T>(T content) {}"),
                ErrorMessages.componentValueGeneric("com.acme.Widgets.Box"),
                "Box.class");
    }

    @Test
    void innerClassValueType_reportsComponentValueInner() {
        assertOnlyError(
                declaring("Component.module(\"/_static/map.js\", Pin.class)", "class Pin { public String name; }"),
                ErrorMessages.componentValueInner("Component value type 'com.acme.Widgets.Pin'"),
                "Pin.class");
    }

    @Test
    void classWithoutUsableConstructor_reportsComponentValueConstructor() {
        assertOnlyError(
                declaring(
                        "Component.module(\"/_static/map.js\", Pin.class)",
                        "static class Pin { Pin(String name) {} Pin(int id) {} }"),
                ErrorMessages.componentValueConstructor("Component value type 'com.acme.Widgets.Pin'"),
                "Pin.class");
    }

    @Test
    void recordHoldingAnInterface_namesTheComponentThatCannotBeRead() {
        assertOnlyError(
                declaring(
                        "Component.module(\"/_static/map.js\", Place.class)",
                        "record Place(String name, java.util.List<Runnable> actions) {}"),
                ErrorMessages.componentValueAbstract(
                        "'java.lang.Runnable', the type of type argument 1 of 'java.util.List',", "an interface"),
                "Place.class");
    }

    @Test
    void recordComponentOfAbstractType_namesTheRecordAndComponent() {
        assertOnlyError(
                declaring(
                        "Component.module(\"/_static/map.js\", Place.class)",
                        "record Place(String name, Shape shape) {}",
                        "interface Shape {}"),
                ErrorMessages.componentValueAbstract(
                        "'com.acme.Widgets.Shape', the type of component 'shape' of 'com.acme.Widgets.Place',",
                        "an interface"),
                "Place.class");
    }

    @Test
    void readableValueTypes_compileWithoutErrorsOrWarnings() {
        Compilation compilation = TestCompilations.compile(source("com.acme.Widgets", """
                package com.acme;
                import dev.weft.Component;
                import java.util.List;
                import java.util.Map;
                class Widgets {
                    record Place(String name, double lat, double lon, List<String> tags, Map<String, Kind> kinds,
                            Place[] near, java.time.LocalDate day) {}
                    enum Kind { CITY, TOWN }
                    static class Bean { public String name; }
                    static class Made { private Made() {} }
                    static final Component<Place> A = Component.module("/_static/a.js", Place.class).height(10);
                    static final Component<String> B = Component.module("/webjars/b.js", String.class);
                    static final Component<Integer> C = Component.streamlit("/_static/c/index.html", Integer.class);
                    static final Component<Kind> D = Component.module("/static/bundle/d.js", Kind.class);
                    static final Component<List> E = Component.module("/_static/e.js", List.class);
                    static final Component<Map> F = Component.module("/_static/f.js", Map.class);
                    static final Component<Bean> G = Component.module("/_static/g.js", Bean.class);
                    static final Component<Made> H = Component.module("/_static/h.js", Made.class);
                    static final Component<Number> I = Component.module("/_static/i.js", Number.class);
                    static final Component<Void> J = Component.module("/_static/j.js", Void.class);
                    static final Component<Place[]> K = Component.module("/_static/k.js", Place[].class);
                    record Note(CharSequence text, Map.Entry<String, Integer> count, Iterable<Kind> kinds) {}
                    static final Component<Note> L = Component.module("/_static/l.js", Note.class);
                }
                """));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), weftWarnings(compilation));
    }

    @Test
    void valueTypeAsAVariable_isLeftToTheRuntime() {
        Compilation compilation = TestCompilations.compile(source("com.acme.Widgets", """
                package com.acme;
                import dev.weft.Component;
                class Widgets {
                    static final Class<Runnable> TYPE = Runnable.class;
                    static final Component<Runnable> A = Component.module("/_static/a.js", TYPE);
                }
                """));
        assertThat(compilation).succeeded();
    }

    @Test
    void urlThatIsNoPath_reportsComponentUrlOnTheUrl() {
        assertOnlyError(
                declaring("Component.module(\"components/map.js\", String.class)"),
                ErrorMessages.componentUrl("components/map.js"),
                "\"components/map.js\"");
    }

    @Test
    void missingModule_reportsComponentModuleMissingNamingTheFile() {
        JavaFileObject file = declaring("Component.module(\"/components/map.js\", String.class)");
        Compilation compilation = withResources(file);
        assertThat(compilation).failed();
        String message =
                ErrorMessages.componentModuleMissing("/components/map.js", "META-INF/resources/components/map.js");
        assertEquals(List.of(message), errors(compilation));
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining("/components/map.js");
    }

    @Test
    void missingStreamlitFrontend_reportsComponentModuleMissing() {
        Compilation compilation =
                withResources(declaring("Component.streamlit(\"/streamlit/stars/index.html?v=2\", Integer.class)"));
        assertEquals(
                List.of(ErrorMessages.componentModuleMissing(
                        "/streamlit/stars/index.html?v=2", "META-INF/resources/streamlit/stars/index.html")),
                errors(compilation));
    }

    @Test
    void presentModule_compiles() throws IOException {
        Path module = resources.resolve("META-INF/resources/components/map.js");
        Files.createDirectories(module.getParent());
        Files.writeString(module, "export default function render() {}\n");
        Compilation compilation = withResources(declaring("Component.module(\"/components/map.js\", String.class)"));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), weftWarnings(compilation));
    }

    @Test
    void modulesServedByJars_areNotLookedFor() {
        Compilation compilation = withResources(declaring(
                "Component.module(\"/_static/leaflet/leaflet.js\", String.class)",
                "static final Component<String> B = Component.module(\"/webjars/x/x.js\", String.class);",
                "static final Component<String> C = Component.module(\"/static/bundle/c.js\", String.class);"));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), weftWarnings(compilation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/components/map.js", "/map.js", "/streamlit/stars/index.html?v=2", "/a/static/b.js"})
    void pathsOfTheAppsOwn_areLookedFor(String url) {
        assertTrue(ModuleResources.ownPath(url), url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/_static/leaflet/leaflet.js",
                "/_importmap/x.js",
                "/webjars/leaflet/leaflet.js",
                "/static/bundle/main.js",
                "/q/dev-ui/x.js",
                "/streamlit/stars/",
                "/my%20map.js",
                "/"
            })
    void pathsServedByJarsOrNotPlainFiles_areNotLookedFor(String url) {
        assertFalse(ModuleResources.ownPath(url), url);
    }

    @Test
    void resourcesThatCannotBeLocated_warnComponentModuleUnchecked() {
        Compilation compilation =
                TestCompilations.compile(declaring("Component.module(\"/components/map.js\", String.class)"));
        assertThat(compilation).succeeded();
        assertEquals(
                List.of(ErrorMessages.componentModuleUnchecked(
                        "/components/map.js", "META-INF/resources/components/map.js")),
                warnings(compilation));
    }

    @Test
    void classOutputWithResources_isWhereModulesAreLookedFor() throws IOException {
        Path classes = resources.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/resources/components"));
        Files.writeString(classes.resolve("META-INF/resources/components/here.js"), "export default () => {};\n");
        JavaFileObject file = declaring(
                "Component.module(\"/components/here.js\", String.class)",
                "static final Component<String> B = Component.module(\"/components/gone.js\", String.class);");
        assertEquals(
                List.of("ERROR line 6: "
                        + ErrorMessages.componentModuleMissing(
                                "/components/gone.js", "META-INF/resources/components/gone.js")),
                realJavac(file, classes));
    }

    @Test
    void mavenProjectsSourceResources_areLookedInBesideTargetClasses() throws IOException {
        Path classes = resources.resolve("target/classes");
        Files.createDirectories(classes);
        Path module = resources.resolve("src/main/resources/META-INF/resources/components/here.js");
        Files.createDirectories(module.getParent());
        Files.writeString(module, "export default () => {};\n");
        JavaFileObject file = declaring(
                "Component.module(\"/components/here.js\", String.class)",
                "static final Component<String> B = Component.module(\"/components/gone.js\", String.class);");
        assertEquals(
                List.of("ERROR line 6: "
                        + ErrorMessages.componentModuleMissing(
                                "/components/gone.js", "META-INF/resources/components/gone.js")),
                realJavac(file, classes));
    }

    /**
     * Compiles {@code file} with a real javac writing to {@code classes} (compile-testing keeps its
     * output in memory), returning what it reported other than notes, with their lines.
     */
    private static List<String> realJavac(JavaFileObject file, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            JavaCompiler.CompilationTask task = compiler.getTask(
                    null,
                    files,
                    diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path")),
                    null,
                    List.of(file));
            task.setProcessors(List.of(new WeftProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
                .map(diagnostic -> diagnostic.getKind() + " line " + diagnostic.getLineNumber() + ": "
                        + diagnostic.getMessage(Locale.ROOT))
                .toList();
    }

    @Test
    void componentsExample_compilesWithoutErrorsOrWarnings() throws IOException {
        Path example = Path.of("..", "examples", "components", "src", "main");
        List<JavaFileObject> sources;
        try (Stream<Path> files = Files.walk(example.resolve("java"))) {
            sources = files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .map(ComponentRulesTest::fileObject)
                    .toList();
        }
        Compilation compilation = javac().withProcessors(new WeftProcessor())
                .withOptions("-A" + ModuleResources.OPTION + "=" + example.resolve("resources"))
                .compile(sources);
        assertThat(compilation).succeeded();
        assertEquals(List.of(), weftWarnings(compilation));
    }

    private static JavaFileObject fileObject(Path path) {
        try {
            return JavaFileObjects.forResource(path.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The processor's warnings (javac warns of an unrecognized option when no Weft annotation is present). */
    private static List<String> weftWarnings(Compilation compilation) {
        return warnings(compilation).stream()
                .filter(warning -> warning.startsWith("[Weft/"))
                .toList();
    }

    private Compilation withResources(JavaFileObject source) {
        return javac().withProcessors(new WeftProcessor())
                .withOptions("-A" + ModuleResources.OPTION + "=" + resources)
                .compile(source);
    }

    /** A class {@code com.acme.Widgets} declaring {@code MAP} as {@code call}, and {@code members}. */
    private static JavaFileObject declaring(String call, String... members) {
        return source("com.acme.Widgets", """
                package com.acme;
                import dev.weft.Component;
                class Widgets {
                    static final Component<?> MAP =
                            %s;
                    %s
                }
                """.formatted(call, String.join("\n    ", members)));
    }
}
