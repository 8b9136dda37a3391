package dev.weft.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * One {@code @Limited} annotation on one method, with the value of every attribute (the default
 * where none is written), as validation reads it.
 *
 * @param method the annotated method
 * @param annotation the {@code @Limited} annotation
 * @param groupText {@code group} as written, empty for the method's own group
 * @param permits {@code permits}
 * @param queue {@code queue}
 * @param timeout {@code timeout} as written
 * @param scope the name of the {@code Limited.Scope} constant of {@code scope}
 * @param confined {@code confined}
 * @param ownGroup the name of the method's own group, used when {@code group} is empty: the binary
 *     name of its class, as {@link Class#getName()} gives it at run time, then {@code #} and the
 *     method's name ({@code com.acme.Outer$Inner#method})
 */
record LimitDeclaration(
        ExecutableElement method,
        AnnotationMirror annotation,
        String groupText,
        int permits,
        int queue,
        String timeout,
        String scope,
        boolean confined,
        String ownGroup) {

    /** Reads the {@code @Limited} annotation of {@code method}, which must carry one. */
    static LimitDeclaration read(ExecutableElement method, Elements elements) {
        AnnotationMirror annotation = Annotations.find(method, Names.LIMITED).orElseThrow();
        Map<String, Object> values = new HashMap<>();
        elements.getElementValuesWithDefaults(annotation)
                .forEach((attribute, value) ->
                        values.put(attribute.getSimpleName().toString(), value.getValue()));
        return new LimitDeclaration(
                method,
                annotation,
                valueOf(values, "group", String.class, ""),
                valueOf(values, "permits", Integer.class, 1),
                valueOf(values, "queue", Integer.class, 0),
                valueOf(values, "timeout", String.class, ""),
                values.get("scope") instanceof VariableElement constant
                        ? constant.getSimpleName().toString()
                        : "SERVER",
                valueOf(values, "confined", Boolean.class, false),
                elements.getBinaryName((TypeElement) method.getEnclosingElement()) + "#" + method.getSimpleName());
    }

    /** The group's name: {@link #groupText()}, or {@link #ownGroup()} when that is empty. */
    String group() {
        return groupText.isEmpty() ? ownGroup : groupText;
    }

    /** Where the annotation is, as messages name it: {@code com.acme.Class#method}. */
    String place() {
        return GroupNames.place(method);
    }

    /** The value of {@code attribute} as written in source, empty when its default applies. */
    Optional<AnnotationValue> written(String attribute) {
        return Annotations.explicitValue(annotation, attribute);
    }

    /** What generated code passes to the runtime; only for a declaration validation accepted. */
    LimitModel model() {
        return new LimitModel(
                group(), permits, queue, LimitTimeout.parse(timeout).orElseThrow(), scope, confined);
    }

    /** The value of an attribute, or {@code fallback} for a value javac has already rejected. */
    private static <T> T valueOf(Map<String, Object> values, String attribute, Class<T> type, T fallback) {
        Object value = values.get(attribute);
        return type.isInstance(value) ? type.cast(value) : fallback;
    }
}
