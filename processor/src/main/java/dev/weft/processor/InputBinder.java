package dev.weft.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Binds each input parameter of an app's fragments to the fragment that provides it, following
 * the rules in the Javadoc of {@link dev.weft.Fragment}. Reports nothing: {@link GraphValidator}
 * turns what cannot be bound into errors, and {@link AppModelBuilder} reads the bound indices.
 */
final class InputBinder {

    /** What one input parameter is bound to, or why it is bound to nothing. */
    sealed interface Binding {
        /** The input parameter. */
        VariableElement parameter();
    }

    /** Bound to the fragment at index {@code provider} of the app's fragments. */
    record Bound(VariableElement parameter, int provider) implements Binding {}

    /** Several fragments return a fitting type and none is named like the parameter. */
    record Ambiguous(VariableElement parameter, List<String> candidates) implements Binding {
        Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** No fragment returns a fitting type, but a {@code void} one is named like the parameter. */
    record VoidNamesake(VariableElement parameter) implements Binding {}

    /**
     * No fragment returns a fitting type.
     *
     * @param namesakeType the type the fragment named like the parameter returns instead, or null
     *     when there is no such fragment
     */
    record Missing(VariableElement parameter, String namesakeType) implements Binding {}

    /** The parameter's type does not resolve; javac reports that itself. */
    record Unresolved(VariableElement parameter) implements Binding {}

    private final Types types;

    InputBinder(Types types) {
        this.types = types;
    }

    /** The input parameters of {@code method}: every parameter but its {@link dev.weft.Ui}s, in order. */
    static List<VariableElement> inputs(ExecutableElement method) {
        return method.getParameters().stream()
                .filter(parameter -> !FragmentValidator.isUi(parameter))
                .map(VariableElement.class::cast)
                .toList();
    }

    /**
     * For each of {@code fragments} (an app's, in declaration order), the bindings of its inputs in
     * parameter order.
     */
    List<List<Binding>> bind(List<ExecutableElement> fragments) {
        return fragments.stream()
                .map(method -> inputs(method).stream()
                        .map(parameter -> bind(parameter, fragments))
                        .toList())
                .toList();
    }

    private Binding bind(VariableElement parameter, List<ExecutableElement> fragments) {
        TypeMirror wanted = parameter.asType();
        if (wanted.getKind() == TypeKind.ERROR) {
            return new Unresolved(parameter);
        }
        String name = parameter.getSimpleName().toString();
        List<Integer> candidates = new ArrayList<>();
        for (int index = 0; index < fragments.size(); index++) {
            if (provides(fragments.get(index), wanted)) {
                candidates.add(index);
            }
        }
        if (candidates.size() == 1) {
            return new Bound(parameter, candidates.get(0));
        }
        if (candidates.size() > 1) {
            List<Integer> named = candidates.stream()
                    .filter(index -> name(fragments.get(index)).equals(name))
                    .toList();
            return named.size() == 1
                    ? new Bound(parameter, named.get(0))
                    : new Ambiguous(
                            parameter,
                            candidates.stream()
                                    .map(index -> name(fragments.get(index)))
                                    .sorted(Comparator.naturalOrder())
                                    .toList());
        }
        ExecutableElement namesake = fragments.stream()
                .filter(method -> name(method).equals(name))
                .findFirst()
                .orElse(null);
        if (namesake == null) {
            return new Missing(parameter, null);
        }
        TypeMirror returned = namesake.getReturnType();
        return returned.getKind() == TypeKind.VOID
                ? new VoidNamesake(parameter)
                : new Missing(parameter, returned.toString());
    }

    /** Whether {@code method} returns a value that fits {@code wanted}, comparing boxed types. */
    private boolean provides(ExecutableElement method, TypeMirror wanted) {
        TypeMirror returned = method.getReturnType();
        if (returned.getKind() == TypeKind.VOID || returned.getKind() == TypeKind.ERROR) {
            return false;
        }
        return types.isAssignable(boxed(returned), boxed(wanted));
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) type).asType()
                : type;
    }

    private static String name(ExecutableElement method) {
        return method.getSimpleName().toString();
    }
}
