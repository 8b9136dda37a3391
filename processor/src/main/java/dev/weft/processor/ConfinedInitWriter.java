package dev.weft.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collections;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code ConfinedInitializer} of one {@code @ConfinedInit} method: its group, its bean
 * class, and a direct call of the method.
 *
 * <p>The output depends only on the model, so the same source always produces the same bytes. This
 * class reports nothing: validation has already run.
 */
final class ConfinedInitWriter {

    /** Appended to the joined simple names of the class and the method to name the generated class. */
    static final String SUFFIX = "_WeftConfinedInit";

    private static final ClassName CONFINED_INITIALIZER = ClassName.bestGuess(Names.CONFINED_INITIALIZER);

    /** The Java file for {@code init}. */
    JavaFile write(ConfinedInitModel init) {
        ClassName bean = GeneratedClass.className(init.packageName(), init.simpleNames());
        TypeSpec type = GeneratedClass.builder(
                        generatedName(init), init.method().getEnclosingElement(), init.place())
                .addJavadoc(
                        "Weft's initializer of the confined group $S: calls {@link $T#$N()} on the group's thread.\n",
                        init.group(),
                        bean,
                        init.methodName())
                .addSuperinterface(CONFINED_INITIALIZER)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by the Weft extension, which finds this class at build time.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(
                        GeneratedClass.getter("group", ClassName.get(String.class), CodeBlock.of("$S", init.group())))
                .addMethod(GeneratedClass.getter(
                        "beanClass",
                        ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                        CodeBlock.of("$T.class", bean)))
                .addMethod(MethodSpec.methodBuilder("initialize")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(Object.class, "bean")
                        .addException(Exception.class)
                        .addStatement("(($T) bean).$N()", castType(bean, init.typeParameters()), init.methodName())
                        .build())
                .build();
        return GeneratedClass.file(init.packageName(), type);
    }

    /** The simple name of the class generated for {@code init}, for example {@code Model_start_WeftConfinedInit}. */
    static String generatedName(ConfinedInitModel init) {
        return String.join("_", init.simpleNames()) + "_" + init.methodName() + SUFFIX;
    }

    /** The bean class, with a wildcard for each type parameter so that the cast is not raw. */
    private static TypeName castType(ClassName bean, int typeParameters) {
        if (typeParameters == 0) {
            return bean;
        }
        TypeName[] wildcards = Collections.nCopies(typeParameters, WildcardTypeName.subtypeOf(Object.class))
                .toArray(TypeName[]::new);
        return ParameterizedTypeName.get(bean, wildcards);
    }
}
