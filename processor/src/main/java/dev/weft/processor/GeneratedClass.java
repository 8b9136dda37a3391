package dev.weft.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * What every class the processor writes has in common: the {@code @Generated} stamp, the originating
 * element, and the layout of its source file.
 *
 * <p>The stamp names the processor and the source the class was generated from, and carries no date,
 * so the same input always produces the same bytes.
 */
final class GeneratedClass {

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedClass() {}

    /**
     * A final class named {@code simpleName}, generated from {@code origin}, stamped with {@code @Generated}
     * whose comment names {@code source}.
     */
    static TypeSpec.Builder builder(String simpleName, Element origin, String source) {
        return TypeSpec.classBuilder(simpleName)
                .addOriginatingElement(origin)
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", WeftProcessor.class.getCanonicalName())
                        .addMember("comments", "$S", "from " + source)
                        .build())
                .addModifiers(Modifier.FINAL);
    }

    /** The source file of {@code type} in {@code packageName}. */
    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The class named by {@code simpleNames}, outermost first, in {@code packageName}. */
    static ClassName className(String packageName, List<String> simpleNames) {
        return ClassName.get(
                packageName,
                simpleNames.get(0),
                simpleNames.subList(1, simpleNames.size()).toArray(String[]::new));
    }

    /** A public method overriding {@code name} that returns the constant {@code value}. */
    static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }
}
