package dev.weft.deployment;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * One {@code @App} class of the application, paired with the class the Weft annotation processor
 * generated for it.
 */
public final class AppBuildItem extends MultiBuildItem {

    private final String appClass;
    private final String generatedClass;
    private final String path;

    AppBuildItem(String appClass, String generatedClass, String path) {
        this.appClass = appClass;
        this.generatedClass = generatedClass;
        this.path = path;
    }

    /** The {@code @App} class's name. */
    public String appClass() {
        return appClass;
    }

    /** The generated {@code AppDefinition} class's name. */
    public String generatedClass() {
        return generatedClass;
    }

    /** The page's HTTP path. */
    public String path() {
        return path;
    }
}
