package dev.weft.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/** Whether code generated in an app's package can name a type, as a cast to an input's type must. */
final class TypeAccess {

    private final Elements elements;

    TypeAccess(Elements elements) {
        this.elements = elements;
    }

    /**
     * The first class that {@code type} mentions (itself, an enclosing class, a type argument or a
     * bound) which code in {@code packageName} cannot name, or empty when it can name them all.
     */
    Optional<TypeElement> firstHidden(TypeMirror type, String packageName) {
        return switch (type.getKind()) {
            case ARRAY -> firstHidden(((ArrayType) type).getComponentType(), packageName);
            case WILDCARD -> bound((WildcardType) type, packageName);
            case DECLARED -> declared((DeclaredType) type, packageName);
            default -> Optional.empty();
        };
    }

    private Optional<TypeElement> bound(WildcardType wildcard, String packageName) {
        TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
        return bound == null ? Optional.empty() : firstHidden(bound, packageName);
    }

    private Optional<TypeElement> declared(DeclaredType type, String packageName) {
        for (Element element = type.asElement();
                element instanceof TypeElement named;
                element = named.getEnclosingElement()) {
            if (!visible(named, packageName)) {
                return Optional.of(named);
            }
        }
        for (TypeMirror argument : type.getTypeArguments()) {
            Optional<TypeElement> hidden = firstHidden(argument, packageName);
            if (hidden.isPresent()) {
                return hidden;
            }
        }
        return Optional.empty();
    }

    private boolean visible(TypeElement type, String packageName) {
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        if (type.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        PackageElement home = elements.getPackageOf(type);
        return home.getQualifiedName().contentEquals(packageName);
    }
}
