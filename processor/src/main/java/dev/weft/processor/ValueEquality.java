package dev.weft.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a fragment's result type has value equality, which is how Weft tells an unchanged result
 * from a new one: a rerun whose result {@code equals} the last one reruns none of the fragments
 * that take it. An array, or a concrete class that keeps {@code Object}'s identity {@code equals},
 * is never equal to a freshly computed copy, so every rerun propagates.
 *
 * <p>Only what the compiler can know is judged: interfaces, abstract classes and {@code Object}
 * (whose instances may well have value equality) pass, as do enums (one instance per constant),
 * records and primitives. The type arguments of a generic type are judged too: a {@code
 * List<Order>} is equal to another only if its {@code Order}s are.
 */
final class ValueEquality {

    private ValueEquality() {}

    /** What in {@code type} has identity equality: the type itself or one of its type arguments. */
    static Optional<String> lacking(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> Optional.of(type.toString());
            case DECLARED -> lackingDeclared((DeclaredType) type);
            case WILDCARD -> {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                yield bound == null ? Optional.empty() : lacking(bound);
            }
            default -> Optional.empty();
        };
    }

    /** Whether {@code type} is an array (whose fix is a list, not an {@code equals}). */
    static boolean isArray(String lacking) {
        return lacking.endsWith("[]");
    }

    private static Optional<String> lackingDeclared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.CLASS
                && !element.getModifiers().contains(Modifier.ABSTRACT)
                && !isObject(element)
                && !overridesEquals(element)) {
            return Optional.of(element.getQualifiedName().toString());
        }
        for (TypeMirror argument : type.getTypeArguments()) {
            Optional<String> lacking = lacking(argument);
            if (lacking.isPresent()) {
                return lacking;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code type} or a superclass below {@code Object} declares {@code equals(Object)}. */
    private static boolean overridesEquals(TypeElement type) {
        for (TypeElement current = type; current != null && !isObject(current); current = superclass(current)) {
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals("equals")
                        && method.getParameters().size() == 1
                        && method.getParameters().get(0).asType().toString().equals("java.lang.Object")
                        && !method.getModifiers().contains(Modifier.STATIC)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        Element element = ((DeclaredType) superclass).asElement();
        return element instanceof TypeElement typeElement ? typeElement : null;
    }

    private static boolean isObject(TypeElement type) {
        return type.getQualifiedName().contentEquals("java.lang.Object");
    }
}
