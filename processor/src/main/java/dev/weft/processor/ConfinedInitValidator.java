package dev.weft.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @ConfinedInit} methods against the rules in the Javadoc of {@link
 * dev.weft.ConfinedInit}, and reads each valid one into its model.
 *
 * <p>One instance lives as long as the compilation: it remembers which method initializes each
 * group, to reject a second one. The processor hands it methods in {@link SourceOrder}, after the
 * round's {@code @Limited} methods, so that it knows how the compilation declares each group.
 */
final class ConfinedInitValidator {

    private final Reporter reporter;
    private final Elements elements;
    private final ThrowsClause throwsClause;
    private final LimitValidator limits;
    private final Map<String, String> initializerByGroup = new HashMap<>();
    private final Set<ExecutableElement> clean = new HashSet<>();

    ConfinedInitValidator(Reporter reporter, Elements elements, Types types, LimitValidator limits) {
        this.reporter = reporter;
        this.elements = elements;
        this.throwsClause = new ThrowsClause(elements, types);
        this.limits = limits;
    }

    /** Reports every rule {@code method} breaks; returns its model when it breaks none. */
    Optional<ConfinedInitModel> validate(ExecutableElement method) {
        int before = reporter.errorCount();
        String place = GroupNames.place(method);
        TypeElement type = (TypeElement) method.getEnclosingElement();
        checkMethod(method, place, DeclaringClass.notClass(type).isEmpty());
        checkClass(method, place, type);
        AnnotationMirror annotation =
                Annotations.find(method, Names.CONFINED_INIT).orElseThrow();
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, "group");
        if (value.isEmpty() || !(value.get().getValue() instanceof String group)) {
            return Optional.empty(); // javac has already reported the missing or unresolvable group
        }
        checkGroup(method, place, group, annotation, value.get());
        if (reporter.errorCount() != before) {
            return Optional.empty();
        }
        clean.add(method);
        return Optional.of(new ConfinedInitModel(
                method,
                elements.getPackageOf(type).getQualifiedName().toString(),
                simpleNames(type),
                type.getTypeParameters().size(),
                group));
    }

    /** Whether {@link #validate} accepted {@code method}. */
    boolean isClean(ExecutableElement method) {
        return clean.contains(method);
    }

    private void checkMethod(ExecutableElement method, String place, boolean inClass) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
            reporter.error(ErrorMessages.confinedInitPrivate(place), method);
        }
        if (modifiers.contains(Modifier.STATIC)) {
            reporter.error(ErrorMessages.confinedInitStatic(place), method);
        }
        if (inClass && modifiers.contains(Modifier.ABSTRACT)) {
            reporter.error(ErrorMessages.confinedInitAbstract(place), method);
        }
        if (!method.getParameters().isEmpty()) {
            reporter.error(ErrorMessages.confinedInitParameters(place), method);
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(ErrorMessages.confinedInitGeneric(place), method);
        }
        for (TypeMirror thrown : throwsClause.disallowed(method)) {
            reporter.error(ErrorMessages.confinedInitThrowable(place, thrown.toString()), method);
        }
    }

    private void checkClass(ExecutableElement method, String place, TypeElement type) {
        String typeName = type.getQualifiedName().toString();
        Optional<String> notClass = DeclaringClass.notClass(type);
        if (notClass.isPresent()) {
            reporter.error(ErrorMessages.confinedInitNotClass(place, typeName, notClass.get()), method);
        }
        if (DeclaringClass.inner(type)) {
            reporter.error(ErrorMessages.confinedInitInnerClass(place, typeName), method);
        }
        Optional<TypeElement> hidden = DeclaringClass.firstPrivate(type);
        if (hidden.isPresent()) {
            String hiddenName = hidden.get().getQualifiedName().toString();
            reporter.error(ErrorMessages.confinedInitHiddenClass(place, hiddenName), method);
        }
        if (Annotations.has(type, Names.APP)) {
            reporter.error(ErrorMessages.confinedInitInApp(place, typeName), method);
        }
    }

    private void checkGroup(
            ExecutableElement method, String place, String group, AnnotationMirror annotation, AnnotationValue value) {
        if (!GroupNames.valid(group)) {
            reporter.error(ErrorMessages.confinedInitGroupName(place, group), method, annotation, value);
            return;
        }
        Optional<LimitDeclaration> declared = limits.firstDeclaration(group);
        if (declared.isPresent() && !declared.get().confined()) {
            reporter.error(
                    ErrorMessages.confinedInitNotConfined(
                            place, group, declared.get().place()),
                    method,
                    annotation,
                    value);
        }
        String first = initializerByGroup.putIfAbsent(group, place);
        if (first != null) {
            reporter.error(ErrorMessages.confinedInitDuplicate(place, group, first), method, annotation, value);
        }
    }

    private static List<String> simpleNames(TypeElement type) {
        List<String> names = new ArrayList<>();
        for (Element element = type; element instanceof TypeElement; element = element.getEnclosingElement()) {
            names.add(0, element.getSimpleName().toString());
        }
        return names;
    }
}
