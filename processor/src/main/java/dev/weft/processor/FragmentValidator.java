package dev.weft.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks one {@code @Fragment} method against the rules in the Javadoc of {@link dev.weft.Fragment}. */
final class FragmentValidator {

    private final Reporter reporter;
    private final ThrowsClause throwsClause;

    FragmentValidator(Reporter reporter, Elements elements, Types types) {
        this.reporter = reporter;
        this.throwsClause = new ThrowsClause(elements, types);
    }

    /**
     * Reports a fragment whose class is not an {@code @App}. Fragments of {@code @App} classes are
     * checked by {@link #validate}, when their app is.
     */
    void checkDeclaredInApp(ExecutableElement method) {
        Element enclosing = method.getEnclosingElement();
        if (!Annotations.has(enclosing, Names.APP)) {
            String owner = ((TypeElement) enclosing).getQualifiedName().toString();
            reporter.error(ErrorMessages.fragmentOutsideApp(name(method), owner), method);
        }
    }

    /** Checks a fragment method of an {@code @App} class, reporting every rule it breaks. */
    void validate(ExecutableElement method) {
        checkModifiers(method);
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(ErrorMessages.fragmentGeneric(name(method)), method);
        }
        checkThrows(method);
        checkParameters(method);
        checkRunEvery(method);
        checkOnRerun(method);
    }

    private void checkModifiers(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(ErrorMessages.fragmentPrivate(name(method)), method);
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(ErrorMessages.fragmentStatic(name(method)), method);
        }
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.error(ErrorMessages.fragmentAbstract(name(method)), method);
        }
    }

    private void checkThrows(ExecutableElement method) {
        for (TypeMirror thrown : throwsClause.disallowed(method)) {
            reporter.error(ErrorMessages.fragmentThrowable(name(method), thrown.toString()), method);
        }
    }

    private void checkParameters(ExecutableElement method) {
        boolean seenUi = false;
        List<? extends VariableElement> parameters = method.getParameters();
        for (VariableElement parameter : parameters) {
            String parameterName = parameter.getSimpleName().toString();
            if (isUi(parameter)) {
                if (seenUi) {
                    reporter.error(ErrorMessages.fragmentDuplicateUi(name(method), parameterName), parameter);
                }
                seenUi = true;
            }
        }
    }

    private void checkRunEvery(ExecutableElement method) {
        AnnotationMirror annotation = Annotations.find(method, Names.FRAGMENT).orElseThrow();
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, "runEvery");
        if (value.isPresent()
                && value.get().getValue() instanceof String text
                && RunEvery.parse(text).isEmpty()) {
            reporter.error(ErrorMessages.fragmentRunEvery(name(method), text), method, annotation, value.get());
        }
    }

    private void checkOnRerun(ExecutableElement method) {
        AnnotationMirror annotation = Annotations.find(method, Names.FRAGMENT).orElseThrow();
        String onRerun = Annotations.enumValue(annotation, "onRerun", "SUPERSEDE");
        Optional<AnnotationValue> maxBeside = Annotations.explicitValue(annotation, "maxBeside");
        int bound = maxBeside.map(value -> (Integer) value.getValue()).orElse(0);
        if (onRerun.equals("BESIDE") && bound < 2) {
            AnnotationValue where = maxBeside.orElseGet(
                    () -> Annotations.explicitValue(annotation, "onRerun").orElseThrow());
            reporter.error(ErrorMessages.fragmentBesideBound(name(method), bound), method, annotation, where);
        } else if (!onRerun.equals("BESIDE") && maxBeside.isPresent()) {
            reporter.error(
                    ErrorMessages.fragmentBesideUnused(name(method), onRerun), method, annotation, maxBeside.get());
        }
    }

    /** Whether {@code parameter} is declared as exactly {@link dev.weft.Ui}. */
    static boolean isUi(VariableElement parameter) {
        TypeMirror type = parameter.asType();
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement())
                        .getQualifiedName()
                        .contentEquals(Names.UI);
    }

    private static String name(ExecutableElement method) {
        return method.getSimpleName().toString();
    }
}
