package dev.weft.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Puts annotated methods in the order rules that compare declarations report in: classes sorted by
 * qualified name, methods of one class in source order. The order javac hands elements over in is
 * not specified, and "the later one" of two declarations must not depend on it.
 */
final class SourceOrder {

    private SourceOrder() {}

    /** The methods among {@code annotated}, in that order. */
    static List<ExecutableElement> methods(Set<? extends Element> annotated) {
        Map<String, List<ExecutableElement>> byClass = new TreeMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(annotated)) {
            TypeElement type = (TypeElement) method.getEnclosingElement();
            byClass.computeIfAbsent(type.getQualifiedName().toString(), name -> new ArrayList<>())
                    .add(method);
        }
        List<ExecutableElement> ordered = new ArrayList<>();
        for (List<ExecutableElement> methods : byClass.values()) {
            List<? extends Element> members =
                    methods.get(0).getEnclosingElement().getEnclosedElements();
            methods.sort(Comparator.comparingInt(members::indexOf));
            ordered.addAll(methods);
        }
        return ordered;
    }
}
