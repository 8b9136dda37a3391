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
 * fails with that exception as the cause until the application restarts. Its return value is
 * ignored.
 *
 * <p>Put it on a method of an {@code @ApplicationScoped} bean: Weft asks CDI for the bean of the
 * method's class, and calls the method directly, without reflection, from a class the processor
 * generates next to it.
 *
 * <p>The Weft annotation processor enforces these rules at compile time, each with an error (its
 * code in brackets) on the offending method, on the {@link #group()} value where the group is
 * wrong, and generates nothing for a method that breaks any:
 *
 * <ul>
 *   <li>The method is neither {@code private} ({@code ConfinedInitPrivate}) nor {@code static}
 *       ({@code ConfinedInitStatic}) nor {@code abstract} ({@code ConfinedInitAbstract}).
 *   <li>It takes no parameters ({@code ConfinedInitParameters}): inject what it needs into its
 *       bean. It declares no type parameters ({@code ConfinedInitGeneric}).
 *   <li>Its {@code throws} clause names only {@link Exception}, {@link Error} or their subclasses,
 *       not {@link Throwable} ({@code ConfinedInitThrowable}).
 *   <li>Its type is a class, not an interface, record, enum or annotation type ({@code
 *       ConfinedInitNotClass}); a top-level or {@code static} nested class, not an inner class
 *       ({@code ConfinedInitInnerClass}); neither it nor a class enclosing it is {@code private}
 *       ({@code ConfinedInitHiddenClass}); and it is not an {@link App} class ({@code
 *       ConfinedInitInApp}): every browser tab has its own instance of an {@code @App} class, while
 *       a group is initialized once for the whole server.
 *   <li>{@link #group()} is 1 to 100 ASCII letters, digits, {@code .}, {@code _} and {@code -}
 *       ({@code ConfinedInitGroupName}), as a {@link Limited#group()} is. A method's default group
 *       ({@code com.acme.Class#method}) cannot be initialized: name the group.
 *   <li>When the compilation declares the group with {@link Limited}, it declares it {@link
 *       Limited#confined() confined} ({@code ConfinedInitNotConfined}): only a confined group has a
 *       thread of its own to initialize. A group declared only in another module is checked when
 *       Quarkus builds the application.
 *   <li>At most one method of the compilation initializes a group ({@code ConfinedInitDuplicate}):
 *       the later one, classes taken by qualified name and methods in source order, gets the error,
 *       which names the first.
 * </ul>
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
