package dev.weft.processor;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks a {@code @Limited} method that is not a fragment: a CDI interceptor applies its limit, so
 * ArC must be able to intercept it.
 *
 * <p>ArC intercepts a bean's method through a generated subclass that overrides it. It fails the
 * build on a private method with an interceptor binding, and it can only override a {@code final}
 * method or subclass a {@code final} class by rewriting the class's bytecode, which it does only
 * while {@code quarkus.arc.transform-unproxyable-classes} is true: otherwise it logs a warning and
 * the method runs unlimited. Weft is strict and rejects all of these at compile time, so a limit
 * never depends on a setting. Method annotations are not inherited by overriding methods, and CDI
 * ignores interceptor bindings on interface methods, so a limit there would never apply either.
 */
final class LimitedBeanRules {

    private final Reporter reporter;

    LimitedBeanRules(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Reports every rule {@code method} breaks as a method CDI must intercept. */
    void check(ExecutableElement method) {
        String place = GroupNames.place(method);
        TypeElement type = (TypeElement) method.getEnclosingElement();
        String typeName = type.getQualifiedName().toString();
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            reporter.error(ErrorMessages.limitedPrivate(place), method);
        }
        if (modifiers.contains(Modifier.STATIC)) {
            reporter.error(ErrorMessages.limitedStatic(place), method);
        }
        Optional<String> notClass = DeclaringClass.notClass(type);
        if (notClass.isPresent()) {
            // the kind says it all: interface methods are abstract and records final anyway
            reporter.error(ErrorMessages.limitedNotClass(place, typeName, notClass.get()), method);
            return;
        }
        if (modifiers.contains(Modifier.ABSTRACT)) {
            reporter.error(ErrorMessages.limitedAbstract(place), method);
        }
        if (modifiers.contains(Modifier.FINAL)) {
            reporter.error(ErrorMessages.limitedFinal(place), method);
        }
        if (type.getModifiers().contains(Modifier.FINAL)) {
            reporter.error(ErrorMessages.limitedFinalClass(place, typeName), method);
        }
        if (DeclaringClass.inner(type)) {
            reporter.error(ErrorMessages.limitedInnerClass(place, typeName), method);
        }
    }
}
