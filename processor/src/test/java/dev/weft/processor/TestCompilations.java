package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Weft processor and checks what it reported. */
final class TestCompilations {

    private TestCompilations() {}

    /** Compiles {@code sources} with a fresh {@link WeftProcessor}. */
    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new WeftProcessor()).compile(sources);
    }

    /** A source file named after its class, {@code com.acme.Name}, with the given text. */
    static JavaFileObject source(String className, String text) {
        return JavaFileObjects.forSourceString(className, text);
    }

    /**
     * Asserts that compiling {@code source} fails with exactly one error, {@code message}, on the
     * line of {@code source} that contains {@code line}, and that nothing was generated.
     */
    static void assertOnlyError(JavaFileObject source, String message, String line) {
        Compilation compilation = compileWithErrors(List.of(message), source);
        assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    }

    /**
     * Compiles {@code sources}, asserting that the processor reported exactly {@code messages}, in
     * that order, and generated nothing; returns the compilation for checks of where they point.
     */
    static Compilation compileWithErrors(List<String> messages, JavaFileObject... sources) {
        Recorded recorded = compileRecording(sources);
        assertThat(recorded.compilation()).failed();
        assertEquals(messages, errors(recorded.compilation()));
        assertEquals(List.of(), recorded.generatedApps(), "no app with an error may be generated");
        assertEquals(List.of(), recorded.generatedInitializers(), "no initializer with an error may be generated");
        return recorded.compilation();
    }

    /**
     * Compiles {@code sources}, recording which apps and {@code @ConfinedInit} methods the processor
     * generated code for (compile-testing hides generated files when a compilation fails).
     */
    static Recorded compileRecording(JavaFileObject... sources) {
        List<String> apps = new ArrayList<>();
        List<String> initializers = new ArrayList<>();
        AppDefinitionWriter appWriter = new AppDefinitionWriter();
        ConfinedInitWriter initWriter = new ConfinedInitWriter();
        WeftProcessor processor = new WeftProcessor(
                model -> {
                    apps.add(model.qualifiedName());
                    return appWriter.write(model);
                },
                model -> {
                    initializers.add(model.place());
                    return initWriter.write(model);
                });
        Compilation compilation = javac().withProcessors(processor).compile(sources);
        return new Recorded(compilation, List.copyOf(apps), List.copyOf(initializers));
    }

    /**
     * A compilation and what the processor generated code for.
     *
     * @param generatedApps the qualified names of the apps
     * @param generatedInitializers the {@code @ConfinedInit} methods, as {@code com.acme.Class#method}
     */
    record Recorded(Compilation compilation, List<String> generatedApps, List<String> generatedInitializers) {}

    /**
     * {@code message} as javac reports it: javac indents every line of a message after the first by
     * two spaces, so that a multi-line message stands out from the next one.
     */
    static String asReported(String message) {
        return message.replace("\n", "\n  ");
    }

    /** The messages of every error {@code compilation} reported, in order. */
    static List<String> errors(Compilation compilation) {
        return compilation.errors().stream()
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .toList();
    }

    /** The messages of every warning {@code compilation} reported. */
    static List<String> warnings(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.WARNING
                        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .toList();
    }
}
