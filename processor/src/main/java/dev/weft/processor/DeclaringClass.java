package dev.weft.processor;

import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** What CDI needs of the class that declares a {@code @Limited} or {@code @ConfinedInit} method. */
final class DeclaringClass {

    private DeclaringClass() {}

    /**
     * What {@code type} is when it is not a class, as messages say it ({@code "an interface"}), or
     * empty for a class.
     */
    static Optional<String> notClass(TypeElement type) {
        return switch (type.getKind()) {
            case CLASS -> Optional.empty();
            case INTERFACE -> Optional.of("an interface");
            case ENUM -> Optional.of("an enum");
            case RECORD -> Optional.of("a record");
            case ANNOTATION_TYPE -> Optional.of("an annotation type");
            default -> Optional.of("a " + type.getKind().toString().toLowerCase(Locale.ROOT));
        };
    }

    /** Whether {@code type} is a class nested in another without {@code static}: not a CDI bean. */
    static boolean inner(TypeElement type) {
        return type.getKind() == ElementKind.CLASS
                && type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC);
    }

    /** {@code type} or the innermost class enclosing it that is {@code private}, if any. */
    static Optional<TypeElement> firstPrivate(TypeElement type) {
        for (Element element = type; element instanceof TypeElement named; element = named.getEnclosingElement()) {
            if (named.getModifiers().contains(Modifier.PRIVATE)) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }
}
