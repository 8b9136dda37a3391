package dev.weft.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One valid {@code @ConfinedInit} method, as the writer needs it.
 *
 * @param method the method, the originating element of what is generated for it
 * @param packageName the package of its class, empty for the unnamed package
 * @param simpleNames the simple name of its class preceded by those of the classes enclosing it,
 *     outermost first
 * @param typeParameters how many type parameters its class declares: generated code casts to the
 *     class with that many wildcards
 * @param group {@code @ConfinedInit(group)}
 */
record ConfinedInitModel(
        ExecutableElement method, String packageName, List<String> simpleNames, int typeParameters, String group) {

    ConfinedInitModel {
        simpleNames = List.copyOf(simpleNames);
    }

    /** The method's simple name. */
    String methodName() {
        return method.getSimpleName().toString();
    }

    /** Where the method is, as {@code com.acme.Outer.Inner#method}. */
    String place() {
        String nested = String.join(".", simpleNames);
        return (packageName.isEmpty() ? nested : packageName + "." + nested) + "#" + methodName();
    }
}
