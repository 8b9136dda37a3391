package dev.weft.deployment;

import org.jboss.jandex.AnnotationInstance;

/**
 * One {@code @ConfinedInit} method as the index shows it.
 *
 * @param method {@code com.acme.Class#method}
 * @param beanClass the declaring class's name
 * @param group {@code @ConfinedInit(group)}
 */
record ConfinedInitDeclaration(String method, String beanClass, String group) {

    static ConfinedInitDeclaration of(AnnotationInstance init) {
        var method = init.target().asMethod();
        return new ConfinedInitDeclaration(
                LimitNames.of(method),
                method.declaringClass().name().toString(),
                init.value("group").asString());
    }
}
