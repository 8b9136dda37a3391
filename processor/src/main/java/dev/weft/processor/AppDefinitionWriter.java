package dev.weft.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code AppDefinition} of one app: its metadata, its fragment table and a dispatcher
 * that calls each fragment method directly.
 *
 * <p>The output depends only on the model, which lists fragments in declaration order, so the same
 * source always produces the same bytes. This class reports nothing: validation has already run.
 */
final class AppDefinitionWriter {

    /** Appended to the joined simple names of the {@code @App} class to name the generated class. */
    static final String SUFFIX = "_WeftApp";

    private static final String RUNTIME = "dev.weft.runtime";
    private static final ClassName APP_DEFINITION = ClassName.get(RUNTIME, "AppDefinition");
    private static final ClassName FRAGMENT_DEFINITION = ClassName.get(RUNTIME, "FragmentDefinition");
    private static final ClassName UI = ClassName.bestGuess(Names.UI);
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName LIST = ClassName.get(List.class);
    private static final String FRAGMENTS = "FRAGMENTS";

    /** The Java file for {@code app}. */
    JavaFile write(AppModel app) {
        ClassName appClass = appClass(app);
        TypeSpec type = TypeSpec.classBuilder(generatedName(app))
                .addOriginatingElement(app.element())
                .addJavadoc("Weft's definition of {@link $T}: its fragment table and dispatcher.\n", appClass)
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", WeftProcessor.class.getCanonicalName())
                        .addMember("comments", "$S", "from " + app.qualifiedName())
                        .build())
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(APP_DEFINITION)
                .addField(fragmentsField(app))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by CDI: the Weft extension registers this class as a bean.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(getter("appClass", classOfAnything(), CodeBlock.of("$T.class", appClass)))
                .addMethod(getter("title", ClassName.get(String.class), CodeBlock.of("$S", app.title())))
                .addMethod(getter("path", ClassName.get(String.class), CodeBlock.of("$S", app.path())))
                .addMethod(getter("fragments", fragmentList(), CodeBlock.of("$N", FRAGMENTS)))
                .addMethod(invoke(app, appClass))
                .build();
        return JavaFile.builder(app.packageName(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The simple name of the class generated for {@code app}, for example {@code Outer_Inner_WeftApp}. */
    static String generatedName(AppModel app) {
        return String.join("_", app.simpleNames()) + SUFFIX;
    }

    private static ClassName appClass(AppModel app) {
        List<String> names = app.simpleNames();
        return ClassName.get(
                app.packageName(), names.get(0), names.subList(1, names.size()).toArray(String[]::new));
    }

    private static FieldSpec fragmentsField(AppModel app) {
        CodeBlock entries = app.fragments().stream()
                .map(fragment -> CodeBlock.of(
                        "new $T($S, $L, $L)",
                        FRAGMENT_DEFINITION,
                        fragment.name(),
                        fragment.parallel(),
                        fragment.drawsUi()))
                .collect(CodeBlock.joining(",\n"));
        return FieldSpec.builder(fragmentList(), FRAGMENTS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(\n$>$>$L$<$<)", LIST, entries)
                .build();
    }

    private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }

    private static MethodSpec invoke(AppModel app, ClassName appClass) {
        CodeBlock.Builder body = CodeBlock.builder().addStatement("$T target = ($T) app", appClass, appClass);
        body.beginControlFlow("switch (fragment)");
        List<FragmentModel> fragments = app.fragments();
        for (int index = 0; index < fragments.size(); index++) {
            body.add("case $L:\n$>", index).add(call(fragments.get(index))).add("$<");
        }
        body.add("default:\n$>")
                .addStatement(
                        "throw new $T($S + fragment + $S)",
                        IllegalArgumentException.class,
                        "No fragment ",
                        " in " + app.qualifiedName())
                .add("$<");
        body.endControlFlow();
        return MethodSpec.methodBuilder("invoke")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(Object.class, "app")
                .addParameter(int.class, "fragment")
                .addParameter(UI, "ui")
                .addParameter(Object[].class, "inputs")
                .addException(Exception.class)
                .addCode(body.build())
                .build();
    }

    private static CodeBlock call(FragmentModel fragment) {
        String arguments = fragment.drawsUi() ? "ui" : "";
        if (fragment.returnsValue()) {
            return CodeBlock.builder()
                    .addStatement("return target.$N($L)", fragment.name(), arguments)
                    .build();
        }
        return CodeBlock.builder()
                .addStatement("target.$N($L)", fragment.name(), arguments)
                .addStatement("return null")
                .build();
    }

    private static TypeName classOfAnything() {
        return ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    }

    private static TypeName fragmentList() {
        return ParameterizedTypeName.get(LIST, FRAGMENT_DEFINITION);
    }
}
