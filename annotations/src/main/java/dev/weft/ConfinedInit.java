package dev.weft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean that initializes a {@link Limited#confined() confined} group: it
 * runs on the group's own thread before the group's first call, for example to start an embedded
 * runtime on the thread that will make every call into it. If it throws, every call of the group
 * fails with that exception as the cause until the application restarts.
 *
 * <p>The Quarkus build fails on a {@code @ConfinedInit} whose group no {@link Limited} method declares,
 * or declares without {@link Limited#confined() confined} ({@code [Weft/ConfinedInitGroup]}), and on
 * more than one {@code @ConfinedInit} for a group ({@code [Weft/ConfinedInitDuplicate]}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ConfinedInit {

    /** The confined group this method initializes. */
    String group();
}
