package dev.weft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of an {@link App} class as a fragment: one section of the page, with its own slot.
 *
 * <p>When a session starts every fragment runs once. Fragments with {@link #parallel()} {@code
 * true} each run on their own virtual thread as soon as the session starts; the others run one at a
 * time, in declaration order. Slots appear on the page in declaration order whatever order the runs
 * finish in, and show a placeholder until their first run ends. An exception thrown by a fragment
 * is shown in that fragment's slot; every other fragment and the session go on.
 *
 * <p>The Weft annotation processor enforces these rules at compile time, each with an error on the
 * offending element:
 *
 * <ul>
 *   <li>The method is declared in a class annotated {@link App}.
 *   <li>It is neither {@code private} nor {@code static} nor {@code abstract}: Weft calls it
 *       directly, without reflection, on the session's instance.
 *   <li>It has no type parameters.
 *   <li>Each parameter is a {@link Ui}, and there is at most one. (Inputs from other fragments come
 *       with the dependency graph.)
 *   <li>No two fragments of one app have the same name: fragment methods are not overloaded.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Fragment {

    /**
     * Whether this fragment runs on its own thread, concurrently with the other parallel fragments.
     * A fragment that is not parallel runs after the previous sequential fragment has finished.
     */
    boolean parallel() default false;
}
