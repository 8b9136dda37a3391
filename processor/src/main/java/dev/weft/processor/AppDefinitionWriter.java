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
import dev.weft.processor.FragmentModel.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

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

    private static final ClassName APP_DEFINITION = ClassName.get(Names.RUNTIME, "AppDefinition");
    private static final ClassName FRAGMENT_DEFINITION = ClassName.get(Names.RUNTIME, "FragmentDefinition");
    private static final ClassName ACCESS = ClassName.bestGuess(Names.ACCESS);
    private static final ClassName LIMIT_DEFINITION = ClassName.bestGuess(Names.LIMIT_DEFINITION);
    private static final ClassName AREA = ClassName.get("dev.weft", "Area");
    private static final ClassName SCOPE = ClassName.bestGuess(Names.LIMITED).nestedClass("Scope");
    private static final ClassName UI = ClassName.bestGuess(Names.UI);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final String FRAGMENTS = "FRAGMENTS";

    /** The Java file for {@code app}. */
    JavaFile write(AppModel app) {
        ClassName appClass = GeneratedClass.className(app.packageName(), app.simpleNames());
        TypeSpec.Builder type = GeneratedClass.builder(generatedName(app), app.element(), app.qualifiedName())
                .addJavadoc("Weft's definition of {@link $T}: its fragment table and dispatcher.\n", appClass)
                .addSuperinterface(APP_DEFINITION)
                .addField(fragmentsField(app))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by CDI: the Weft extension registers this class as a bean.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(GeneratedClass.getter("appClass", classOfAnything(), CodeBlock.of("$T.class", appClass)))
                .addMethod(GeneratedClass.getter("title", ClassName.get(String.class), CodeBlock.of("$S", app.title())))
                .addMethod(GeneratedClass.getter("path", ClassName.get(String.class), CodeBlock.of("$S", app.path())))
                .addMethod(GeneratedClass.getter("fragments", fragmentList(), CodeBlock.of("$N", FRAGMENTS)))
                .addMethod(invoke(app, appClass));
        // Only what the app sets: the interface's defaults stand for the rest.
        if (!app.icon().isEmpty()) {
            type.addMethod(GeneratedClass.getter("icon", ClassName.get(String.class), CodeBlock.of("$S", app.icon())));
        }
        if (app.order() != 0) {
            type.addMethod(GeneratedClass.getter("order", TypeName.INT, CodeBlock.of("$L", app.order())));
        }
        if (app.access().authenticated()) {
            type.addMethod(GeneratedClass.getter("access", ACCESS, access(app.access())));
        }
        if (!app.section().isEmpty()) {
            type.addMethod(
                    GeneratedClass.getter("section", ClassName.get(String.class), CodeBlock.of("$S", app.section())));
        }
        if (app.hidden()) {
            type.addMethod(GeneratedClass.getter("hidden", TypeName.BOOLEAN, CodeBlock.of("true")));
        }
        if (!app.layout().equals(AppModelBuilder.DEFAULT_LAYOUT)) {
            ClassName layout = ClassName.bestGuess(Names.PAGE_LAYOUT);
            type.addMethod(GeneratedClass.getter("layout", layout, CodeBlock.of("$T.$L", layout, app.layout())));
        }
        RowReaderWriter.addTo(type, app);
        return GeneratedClass.file(app.packageName(), type.build());
    }

    /** The simple name of the class generated for {@code app}, for example {@code Outer_Inner_WeftApp}. */
    static String generatedName(AppModel app) {
        return String.join("_", app.simpleNames()) + SUFFIX;
    }

    private static FieldSpec fragmentsField(AppModel app) {
        CodeBlock entries = app.fragments().stream()
                .map(fragment -> withOnRerun(
                        fragment,
                        CodeBlock.of(
                                fragment.access().authenticated()
                                        ? "new $T($S, $L, $L, $L, $T.of($L), $LL, $T.$L, $L, $L, $L)"
                                        : "new $T($S, $L, $L, $L, $T.of($L), $LL, $T.$L, $L, $L$L)",
                                FRAGMENT_DEFINITION,
                                fragment.name(),
                                fragment.parallel(),
                                fragment.drawsUi(),
                                fragment.returnsValue(),
                                LIST,
                                fragment.inputs().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                                fragment.runEveryMillis(),
                                AREA,
                                fragment.area(),
                                fragment.limit().map(AppDefinitionWriter::limit).orElse(CodeBlock.of("null")),
                                fragment.cpu(),
                                fragment.access().authenticated() ? access(fragment.access()) : CodeBlock.of(""))))
                .collect(CodeBlock.joining(",\n"));
        return FieldSpec.builder(fragmentList(), FRAGMENTS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(\n$>$>$L$<$<)", LIST, entries)
                .build();
    }

    /** A fragment's definition, with its {@code OnRerun} policy where it declares one other than the default. */
    private static CodeBlock withOnRerun(FragmentModel fragment, CodeBlock definition) {
        if (fragment.onRerun().equals("SUPERSEDE")) {
            return definition;
        }
        return CodeBlock.of(
                "$L.onRerun($T.$L, $L)",
                definition,
                ClassName.get("dev.weft", "OnRerun"),
                fragment.onRerun(),
                fragment.maxBeside());
    }

    /** The runtime's {@code Access} of a page or fragment that needs a login (only those are written). */
    private static CodeBlock access(AccessModel access) {
        if (access.roles().isEmpty()) {
            return CodeBlock.of("$T.AUTHENTICATED", ACCESS);
        }
        return CodeBlock.of(
                "$T.anyRole($L)",
                ACCESS,
                access.roles().stream().map(role -> CodeBlock.of("$S", role)).collect(CodeBlock.joining(", ")));
    }

    /** The runtime's {@code LimitDefinition} of a fragment's {@code @Limited} declaration. */
    private static CodeBlock limit(LimitModel limit) {
        return CodeBlock.of(
                "new $T($S, $L, $L, $LL, $T.$L, $L)",
                LIMIT_DEFINITION,
                limit.group(),
                limit.permits(),
                limit.queue(),
                limit.timeoutMillis(),
                SCOPE,
                limit.scope(),
                limit.confined());
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
        MethodSpec.Builder invoke = MethodSpec.methodBuilder("invoke").addAnnotation(Override.class);
        if (fragments.stream().anyMatch(AppDefinitionWriter::castsUnchecked)) {
            invoke.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build());
        }
        return invoke.addModifiers(Modifier.PUBLIC)
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
        CodeBlock arguments = arguments(fragment);
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

    /** The arguments of a fragment call: the {@code Ui}, and each input cast to its parameter's type. */
    private static CodeBlock arguments(FragmentModel fragment) {
        List<CodeBlock> arguments = new ArrayList<>();
        int input = 0;
        for (Parameter parameter : fragment.parameters()) {
            if (parameter.inputType().isEmpty()) {
                arguments.add(CodeBlock.of("ui"));
                continue;
            }
            TypeName type = TypeName.get(parameter.inputType().get()).box();
            arguments.add(
                    type.equals(ClassName.OBJECT)
                            ? CodeBlock.of("inputs[$L]", input)
                            : CodeBlock.of("($T) inputs[$L]", type, input));
            input++;
        }
        return CodeBlock.join(arguments, ", ");
    }

    /** Whether calling {@code fragment} casts an input to a type that is checked only in part at run time. */
    private static boolean castsUnchecked(FragmentModel fragment) {
        return fragment.parameters().stream()
                .flatMap(parameter -> parameter.inputType().stream())
                .anyMatch(type -> !reifiable(type));
    }

    /** Whether a cast to {@code type} is checked in full at run time (JLS 4.7). */
    private static boolean reifiable(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> reifiable(((ArrayType) type).getComponentType());
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                boolean argumentsUnbounded = declared.getTypeArguments().stream()
                        .allMatch(argument -> argument instanceof WildcardType wildcard
                                && wildcard.getExtendsBound() == null
                                && wildcard.getSuperBound() == null);
                yield argumentsUnbounded && reifiable(declared.getEnclosingType());
            }
            case TYPEVAR, WILDCARD, INTERSECTION, UNION -> false;
            default -> true;
        };
    }

    private static TypeName classOfAnything() {
        return ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    }

    private static TypeName fragmentList() {
        return ParameterizedTypeName.get(LIST, FRAGMENT_DEFINITION);
    }
}
