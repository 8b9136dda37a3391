package dev.weft.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.weft.processor.RowTypeModel.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the row types of an app whose columns generated code can read with direct calls: the records
 * and beans its fragments take or return (also as type arguments, as in {@code List<Trip>}, and as
 * array components), and the records it declares as member types, at any depth.
 *
 * <p>Beans count only in the app's own package (a library's classes are rarely rows, and their getters
 * may be costly); records count from any package.
 *
 * <p>A record's columns are its components in declaration order; a bean's are its public getters
 * ({@code getX}, or {@code isX} returning {@code boolean}) sorted by name: the same columns, in the
 * same order, that the runtime reads by reflection from types without a reader. A type is left to
 * reflection when code in the app's package cannot name it or one of its getters' classes, when it
 * is abstract, an interface, an enum, a map or a collection, when it belongs to the JDK or to Weft,
 * or when it has no column. Reports nothing.
 */
final class RowTypes {

    /** The JDK's packages and Weft's own (its API, runtime and harness), whose types are no app's rows. */
    private static final List<String> SKIPPED_PACKAGES =
            List.of("java.", "javax.", "jdk.", "dev.weft.runtime.", "dev.weft.testing.");

    private final Elements elements;
    private final Types types;
    private final TypeAccess access;

    RowTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.access = new TypeAccess(elements);
    }

    /** The row types of {@code app}, whose fragments are {@code fragments}, sorted by name. */
    List<RowTypeModel> of(TypeElement app, List<ExecutableElement> fragments) {
        String packageName = elements.getPackageOf(app).getQualifiedName().toString();
        Map<String, TypeElement> found = new TreeMap<>();
        for (ExecutableElement fragment : fragments) {
            collect(fragment.getReturnType(), found, new HashSet<>());
            for (VariableElement parameter : fragment.getParameters()) {
                collect(parameter.asType(), found, new HashSet<>());
            }
        }
        memberRecords(app, found);
        found.values()
                .removeIf(type -> type.getKind() != ElementKind.RECORD
                        && !elements.getPackageOf(type).getQualifiedName().contentEquals(packageName));
        List<RowTypeModel> models = new ArrayList<>();
        Set<String> readerNames = new HashSet<>();
        for (TypeElement type : found.values()) {
            model(type, packageName, readerNames).ifPresent(models::add);
        }
        return Collections.unmodifiableList(models);
    }

    private void collect(TypeMirror type, Map<String, TypeElement> found, Set<String> seen) {
        switch (type.getKind()) {
            case ARRAY -> collect(((ArrayType) type).getComponentType(), found, seen);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    collect(wildcard.getExtendsBound(), found, seen);
                }
            }
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                TypeElement element = (TypeElement) declared.asElement();
                String name = element.getQualifiedName().toString();
                if (!seen.add(name + declared)) {
                    return;
                }
                if (candidate(element)) {
                    found.put(name, element);
                }
                for (TypeMirror argument : declared.getTypeArguments()) {
                    collect(argument, found, seen);
                }
            }
            default -> {
                // primitives, type variables, void: no row type
            }
        }
    }

    private void memberRecords(TypeElement type, Map<String, TypeElement> found) {
        for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
            if (member.getKind() == ElementKind.RECORD && candidate(member)) {
                found.put(member.getQualifiedName().toString(), member);
            }
            memberRecords(member, found);
        }
    }

    /** Whether {@code type} may be a row type: a record, or a concrete class that is no map or collection. */
    private boolean candidate(TypeElement type) {
        String name = type.getQualifiedName().toString();
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        if (name.isEmpty()
                || packageName.equals("dev.weft")
                || SKIPPED_PACKAGES.stream().anyMatch((packageName + ".")::startsWith)) {
            return false;
        }
        if (type.getKind() == ElementKind.RECORD) {
            return true;
        }
        return type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.ABSTRACT)
                && !isA(type, "java.util.Map")
                && !isA(type, "java.util.Collection");
    }

    private boolean isA(TypeElement type, String supertype) {
        TypeElement other = elements.getTypeElement(supertype);
        return other != null && types.isSubtype(types.erasure(type.asType()), types.erasure(other.asType()));
    }

    private Optional<RowTypeModel> model(TypeElement type, String packageName, Set<String> readerNames) {
        if (access.firstHidden(types.erasure(type.asType()), packageName).isPresent() || innerOfGeneric(type)) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        List<ExecutableElement> accessors =
                type.getKind() == ElementKind.RECORD ? recordAccessors(type, columns) : getters(type, columns);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        for (ExecutableElement accessor : accessors) {
            TypeMirror owner = types.erasure(accessor.getEnclosingElement().asType());
            TypeMirror result = types.erasure(accessor.getReturnType());
            if (access.firstHidden(owner, packageName).isPresent()
                    || access.firstHidden(result, packageName).isPresent()) {
                return Optional.empty();
            }
        }
        ClassName raw = ClassName.get(type);
        return Optional.of(new RowTypeModel(
                type.getQualifiedName().toString(),
                raw,
                rowType(type, raw),
                readerName(raw, readerNames),
                columns,
                type.getKind() == ElementKind.RECORD));
    }

    private List<ExecutableElement> recordAccessors(TypeElement type, List<Column> columns) {
        List<ExecutableElement> accessors = new ArrayList<>();
        for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
            ExecutableElement accessor = component.getAccessor();
            accessors.add(accessor);
            columns.add(new Column(
                    component.getSimpleName().toString(),
                    accessor.getSimpleName().toString(),
                    columnType(accessor.getReturnType()),
                    declaredType(accessor.getReturnType())));
        }
        return accessors;
    }

    private List<ExecutableElement> getters(TypeElement type, List<Column> columns) {
        Map<String, ExecutableElement> byField = new TreeMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            Optional<String> field = getterField(method);
            if (field.isPresent()) {
                byField.putIfAbsent(field.get(), method);
            }
        }
        byField.forEach((field, method) -> columns.add(new Column(
                field,
                method.getSimpleName().toString(),
                columnType(method.getReturnType()),
                declaredType(method.getReturnType()))));
        return List.copyOf(byField.values());
    }

    /** The field a public getter reads, as the runtime names it by reflection; empty for any other method. */
    private static Optional<String> getterField(ExecutableElement method) {
        Set<Modifier> modifiers = method.getModifiers();
        if (!modifiers.contains(Modifier.PUBLIC)
                || modifiers.contains(Modifier.STATIC)
                || !method.getParameters().isEmpty()
                || !method.getTypeParameters().isEmpty()
                || ((TypeElement) method.getEnclosingElement())
                        .getQualifiedName()
                        .contentEquals("java.lang.Object")) {
            return Optional.empty();
        }
        String name = method.getSimpleName().toString();
        TypeKind result = method.getReturnType().getKind();
        String field = null;
        if (name.startsWith("get") && name.length() > 3 && result != TypeKind.VOID) {
            field = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2 && result == TypeKind.BOOLEAN) {
            field = name.substring(2);
        }
        return field == null
                ? Optional.empty()
                : Optional.of(field.substring(0, 1).toLowerCase(Locale.ROOT) + field.substring(1));
    }

    private TypeName columnType(TypeMirror type) {
        return declaredType(type).box();
    }

    private TypeName declaredType(TypeMirror type) {
        return TypeName.get(types.erasure(type));
    }

    /** A non-static class inside a generic class: generated code could not name it with wildcards. */
    private static boolean innerOfGeneric(TypeElement type) {
        Element outer = type.getEnclosingElement();
        for (TypeElement inner = type;
                outer instanceof TypeElement enclosing;
                inner = enclosing, outer = enclosing.getEnclosingElement()) {
            if (!inner.getModifiers().contains(Modifier.STATIC)
                    && inner.getKind() == ElementKind.CLASS
                    && !enclosing.getTypeParameters().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static TypeName rowType(TypeElement type, ClassName raw) {
        if (type.getTypeParameters().isEmpty()) {
            return raw;
        }
        TypeName[] wildcards = type.getTypeParameters().stream()
                .map(parameter -> WildcardTypeName.subtypeOf(Object.class))
                .toArray(TypeName[]::new);
        return ParameterizedTypeName.get(raw, wildcards);
    }

    private static String readerName(ClassName raw, Set<String> taken) {
        String base = String.join("_", raw.simpleNames()) + "Reader";
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }
}
