package dev.weft.processor;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes an app's fragment names as constants, {@code Outer_Inner_Fragments.ORDERS = "orders"}, so
 * that code naming a fragment to rerun ({@code reruns.of(Board.class).fragment(Board_Fragments.ORDERS)},
 * {@code ui.rerun(...)}) is checked by the compiler. Public, unlike the app's definition: the beans
 * that push reruns live in any package.
 */
final class FragmentNamesWriter {

    /** Appended to the app's simple names. */
    static final String SUFFIX = "_Fragments";

    /** The source file of {@code app}'s constants. */
    JavaFile write(AppModel app) {
        TypeSpec.Builder type = GeneratedClass.builder(
                        String.join("_", app.simpleNames()) + SUFFIX,
                        app.element(),
                        app.element().getQualifiedName().toString())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The names of the fragments of {@link $L}, for naming one to rerun.\n",
                        app.element().getQualifiedName())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        Set<String> taken = new HashSet<>();
        for (FragmentModel fragment : app.fragments()) {
            String constant = constantName(fragment.name());
            if (taken.add(constant)) { // two names that differ only in case and underscores: the first wins
                type.addField(
                        FieldSpec.builder(String.class, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                                .initializer("$S", fragment.name())
                                .build());
            }
        }
        return GeneratedClass.file(app.packageName(), type.build());
    }

    /** {@code orderCount} → {@code ORDER_COUNT}. */
    static String constantName(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
