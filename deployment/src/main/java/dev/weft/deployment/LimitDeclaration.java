package dev.weft.deployment;

import dev.weft.Limited;
import java.util.OptionalLong;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.MethodInfo;

/**
 * One {@code @Limited} method as the index shows it, with the annotation's defaults filled in.
 *
 * @param method {@code com.acme.Class#method}
 * @param group the group's name: {@code @Limited(group)}, or {@link #method} when that is empty
 * @param timeout {@code @Limited(timeout)} as written
 * @param timeoutMillis the timeout in milliseconds, or empty when it is not a duration
 */
record LimitDeclaration(
        String method,
        String group,
        int permits,
        int queue,
        String timeout,
        OptionalLong timeoutMillis,
        Limited.Scope scope,
        boolean confined) {

    /** Reads a {@code @Limited} annotation on a method. */
    static LimitDeclaration of(AnnotationInstance limited) {
        MethodInfo method = limited.target().asMethod();
        String name = LimitNames.of(method);
        String group = string(limited, "group");
        String timeout = string(limited, "timeout");
        return new LimitDeclaration(
                name,
                group.isEmpty() ? name : group,
                integer(limited, "permits"),
                integer(limited, "queue"),
                timeout,
                dev.weft.runtime.Durations.millis(timeout),
                Limited.Scope.valueOf(enumValue(limited, "scope")),
                bool(limited, "confined"));
    }

    /** The settings that must agree across a group's declarations, as a message shows them. */
    String settings() {
        return "permits = " + permits + ", queue = " + queue + ", timeout = "
                + (timeout.isEmpty() ? "none" : "\"" + timeout + "\"") + ", scope = " + scope + ", confined = "
                + confined;
    }

    /** Whether this declaration sets the group up as {@code other} does. */
    boolean sameSettings(LimitDeclaration other) {
        return permits == other.permits
                && queue == other.queue
                && timeoutMillis.equals(other.timeoutMillis)
                && scope == other.scope
                && confined == other.confined;
    }

    private static String string(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? (String) defaultOf(name) : value.asString();
    }

    private static int integer(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? (Integer) defaultOf(name) : value.asInt();
    }

    private static boolean bool(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? (Boolean) defaultOf(name) : value.asBoolean();
    }

    private static String enumValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? ((Enum<?>) defaultOf(name)).name() : value.asEnum();
    }

    /** The annotation's own default, read from {@link Limited} at build time: one source of truth. */
    private static Object defaultOf(String member) {
        try {
            return Limited.class.getMethod(member).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@Limited has no member " + member, e);
        }
    }
}
