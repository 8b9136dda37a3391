package dev.weft.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which thrown types code generated around a method may let through: generated methods that call
 * user methods declare {@code throws Exception}, so a method may throw exceptions and errors, not a
 * bare {@link Throwable}.
 */
final class ThrowsClause {

    private final Types types;
    private final TypeMirror exception;
    private final TypeMirror error;

    ThrowsClause(Elements elements, Types types) {
        this.types = types;
        this.exception =
                elements.getTypeElement(Exception.class.getCanonicalName()).asType();
        this.error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    }

    /** The types {@code method} declares that are neither an {@link Exception} nor an {@link Error}. */
    List<TypeMirror> disallowed(ExecutableElement method) {
        return method.getThrownTypes().stream()
                .filter(thrown -> thrown.getKind() != TypeKind.ERROR
                        && !types.isSubtype(thrown, exception)
                        && !types.isSubtype(thrown, error))
                .map(TypeMirror.class::cast)
                .toList();
    }
}
