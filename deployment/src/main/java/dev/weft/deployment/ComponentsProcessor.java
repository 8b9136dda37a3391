package dev.weft.deployment;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.ApplicationIndexBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.Type;

/**
 * Build steps for the app's own components ({@code dev.weft.Component}): their value types are read
 * from JSON by Jackson, through their constructors and accessors, so a native image must keep those
 * for reflection.
 */
class ComponentsProcessor {

    /** {@code dev.weft.Component}; by name, as the index has it. */
    static final DotName COMPONENT = DotName.createSimple("dev.weft.Component");

    /**
     * Registers for reflection, with the types inside them, the value type {@code V} of every field
     * of type {@code Component<V>} in the application (the declarations the README shows, {@code
     * static final Component<Place> MAP = Component.module(...)}), so that a native executable reads
     * their values as the JVM does. Types of the JDK are left to Quarkus; a component declared inline
     * in a fragment, without a field, is not seen here.
     */
    @BuildStep
    void componentValueTypes(
            ApplicationIndexBuildItem application,
            CombinedIndexBuildItem combined,
            BuildProducer<ReflectiveHierarchyBuildItem> reflection) {
        Map<String, Type> values = new TreeMap<>(); // sorted: the same registrations in the same order
        for (ClassInfo owner : application.getIndex().getKnownClasses()) {
            for (FieldInfo field : owner.fields()) {
                Type type = field.type();
                if (type.kind() == Type.Kind.PARAMETERIZED_TYPE && type.name().equals(COMPONENT)) {
                    Type value = type.asParameterizedType().arguments().get(0);
                    if (registrable(value)) {
                        values.putIfAbsent(value.toString(), value);
                    }
                }
            }
        }
        for (Type value : values.values()) {
            reflection.produce(ReflectiveHierarchyBuildItem.builder(value)
                    .index(combined.getIndex())
                    .source("Weft: the value type of a component, read from JSON by Jackson")
                    .build());
        }
    }

    private static boolean registrable(Type value) {
        return switch (value.kind()) {
            case CLASS, PARAMETERIZED_TYPE -> !value.name().toString().startsWith("java.");
            case ARRAY -> registrable(value.asArrayType().elementType());
            default -> false;
        };
    }
}
