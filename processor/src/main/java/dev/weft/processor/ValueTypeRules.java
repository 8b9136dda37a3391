package dev.weft.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Whether a component's value type, as its class literal names it, can be read from JSON by the
 * runtime's strict Jackson reader ({@code ComponentWidgets}): the same rule the runtime applies when
 * the component is drawn, found at compile time, plus what Jackson would only find on the first
 * value (the types inside a record).
 *
 * <p>It reports only what is sure to fail: an interface or abstract class that is not a collection, a
 * map, a number, a JSON tree or annotated {@code @JsonTypeInfo}; a primitive class literal; a type
 * with type parameters the literal leaves unknown; an inner class; a class with neither a constructor
 * without parameters nor a {@code @JsonCreator}. Types of the JDK (other than abstract ones) and types
 * annotated {@code @JsonDeserialize} are taken as Jackson reads them.
 */
final class ValueTypeRules {

    private final Elements elements;
    private final Types types;

    ValueTypeRules(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The message for the class literal's type {@code literal}, or empty when Jackson can read it. */
    Optional<String> check(TypeMirror literal) {
        if (literal.getKind().isPrimitive() || literal.getKind() == TypeKind.VOID) {
            String boxed = literal.getKind() == TypeKind.VOID
                    ? "Void"
                    : types.boxedClass((PrimitiveType) literal).getSimpleName().toString();
            return Optional.of(ErrorMessages.componentValuePrimitive(literal.toString(), boxed));
        }
        if (literal instanceof DeclaredType declared && declared.asElement() instanceof TypeElement type) {
            if (!type.getTypeParameters().isEmpty() && !isJdk(type) && !isContainer(type) && !custom(type)) {
                return Optional.of(ErrorMessages.componentValueGeneric(
                        type.getQualifiedName().toString()));
            }
        }
        return new Walk().type(literal, null, null);
    }

    /** One walk through a value type and the types inside it, each visited once. */
    private final class Walk {
        private final Set<String> seen = new HashSet<>();

        /**
         * Checks {@code type}; {@code owner} and {@code part} name where it is found inside the value type
         * (both null for the value type itself).
         */
        Optional<String> type(TypeMirror type, TypeElement owner, String part) {
            if (type instanceof ArrayType array) {
                return type(array.getComponentType(), owner, part);
            }
            if (!(type instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement element)) {
                return Optional.empty(); // primitives inside a record, type variables: Jackson reads them
            }
            Optional<String> own = seen.add(element.getQualifiedName().toString())
                    ? element(element, subject(element, owner, part), owner == null)
                    : Optional.empty();
            if (own.isPresent()) {
                return own;
            }
            return arguments(declared, element);
        }

        private Optional<String> arguments(DeclaredType declared, TypeElement element) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            // A map's keys are read from JSON names: strings, numbers and enums all are.
            int first = isSubtype(element, "java.util.Map") ? arguments.size() - 1 : 0;
            for (int i = Math.max(0, first); i < arguments.size(); i++) {
                Optional<String> inner = type(arguments.get(i), element, "type argument " + (i + 1));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }

        /** Checks one type; {@code top}: the value type itself, which the runtime checks the same way when drawn. */
        private Optional<String> element(TypeElement element, String subject, boolean top) {
            if (custom(element)) {
                return Optional.empty();
            }
            boolean isAbstract =
                    element.getKind().isInterface() || element.getModifiers().contains(Modifier.ABSTRACT);
            if (isAbstract && element.getKind() != ElementKind.ENUM) {
                return known(element, top)
                        ? Optional.empty()
                        : Optional.of(ErrorMessages.componentValueAbstract(subject, kind(element)));
            }
            if (isJdk(element) || element.getKind() == ElementKind.ENUM) {
                return Optional.empty();
            }
            if (element.getKind() == ElementKind.CLASS && isInner(element)) {
                return Optional.of(ErrorMessages.componentValueInner(subject));
            }
            if (element.getKind() == ElementKind.RECORD) {
                return components(element);
            }
            if (element.getKind() == ElementKind.CLASS && !creatable(element)) {
                return Optional.of(ErrorMessages.componentValueConstructor(subject));
            }
            return Optional.empty();
        }

        private Optional<String> components(TypeElement record) {
            for (RecordComponentElement component : record.getRecordComponents()) {
                Optional<String> inner =
                        type(component.asType(), record, "component '" + component.getSimpleName() + "'");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
    }

    /** How a message names {@code type}: the value type itself, or where it is found inside it. */
    private static String subject(TypeElement type, TypeElement owner, String part) {
        String name = "'" + type.getQualifiedName() + "'";
        return owner == null
                ? "Component value type " + name
                : name + ", the type of " + part + " of '" + owner.getQualifiedName() + "',";
    }

    private static String kind(TypeElement type) {
        return type.getKind().isInterface() ? "an interface" : "an abstract class";
    }

    /**
     * Abstract types Jackson reads: containers, numbers, JSON trees; inside a value also text, map
     * entries and anything serializable (the runtime refuses those as the value type itself).
     */
    private boolean known(TypeElement type, boolean top) {
        if (isContainer(type)
                || type.getQualifiedName().contentEquals("java.lang.Number")
                || isSubtype(type, Names.JSON_NODE)) {
            return true;
        }
        return !top
                && Set.of("java.lang.CharSequence", "java.io.Serializable", "java.lang.Iterable", "java.util.Map.Entry")
                        .contains(type.getQualifiedName().toString());
    }

    private boolean isContainer(TypeElement type) {
        return isSubtype(type, "java.util.Collection") || isSubtype(type, "java.util.Map");
    }

    /** Whether Jackson is told how to read {@code type} by the type itself. */
    private static boolean custom(TypeElement type) {
        return Annotations.has(type, Names.JSON_TYPE_INFO) || Annotations.has(type, Names.JSON_DESERIALIZE);
    }

    private static boolean isJdk(TypeElement type) {
        String name = type.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.");
    }

    private static boolean isInner(TypeElement type) {
        return (type.getNestingKind() == NestingKind.MEMBER
                        && !type.getModifiers().contains(Modifier.STATIC))
                || type.getNestingKind() == NestingKind.LOCAL
                || type.getNestingKind() == NestingKind.ANONYMOUS;
    }

    /** A constructor without parameters, or a constructor or factory annotated {@code @JsonCreator}. */
    private static boolean creatable(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() || Annotations.has(constructor, Names.JSON_CREATOR)) {
                return true;
            }
        }
        for (Element member : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (member.getModifiers().contains(Modifier.STATIC) && Annotations.has(member, Names.JSON_CREATOR)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSubtype(TypeElement type, String supertype) {
        TypeElement target = elements.getTypeElement(supertype);
        return target != null && types.isSubtype(types.erasure(type.asType()), types.erasure(target.asType()));
    }
}
