package dev.weft.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations through their mirrors, never through reflective proxies, so an attribute the
 * compiler could not resolve is skipped instead of throwing.
 */
final class Annotations {

    private Annotations() {}

    /** The annotation of the given qualified type name on {@code element}, if present. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code element} carries the annotation of the given qualified type name. */
    static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /** The value written in source for {@code attribute}, empty when the default applies. */
    static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The value of {@code attribute}: the one written in source if it has the expected type, else
     * {@code fallback} (the attribute's default, or a stand-in for a value javac already rejected).
     */
    static <T> T value(AnnotationMirror mirror, String attribute, Class<T> type, T fallback) {
        return explicitValue(mirror, attribute)
                .map(AnnotationValue::getValue)
                .filter(type::isInstance)
                .map(type::cast)
                .orElse(fallback);
    }

    /**
     * The name of the enum constant written in source for {@code attribute}, else {@code fallback}
     * (the attribute's default).
     */
    static String enumValue(AnnotationMirror mirror, String attribute, String fallback) {
        return explicitValue(mirror, attribute)
                .map(AnnotationValue::getValue)
                .filter(VariableElement.class::isInstance)
                .map(constant -> ((VariableElement) constant).getSimpleName().toString())
                .orElse(fallback);
    }
}
