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
 * <p>A fragment may return a value or be {@code void}. It takes one {@link Ui} parameter to draw
 * into its slot, or none: a fragment without a {@code Ui} draws nothing.
 *
 * <p>The Weft annotation processor enforces these rules at compile time, each with an error (its
 * code in brackets) on the offending element, and generates nothing for an app that breaks any:
 *
 * <ul>
 *   <li>The method is declared in a class annotated {@link App} ({@code FragmentOutsideApp}). Only
 *       methods declared in the {@code @App} class itself are its fragments: a {@code @Fragment}
 *       method of a superclass that is not itself an {@code @App} is this error.
 *   <li>It is neither {@code private} ({@code FragmentPrivate}) nor {@code static} ({@code
 *       FragmentStatic}) nor {@code abstract} ({@code FragmentAbstract}): Weft calls it directly,
 *       without reflection, on the session's instance.
 *   <li>It has no type parameters ({@code FragmentGeneric}).
 *   <li>Its {@code throws} clause names only {@link Exception}, {@link Error} or their subclasses,
 *       not {@link Throwable} ({@code FragmentThrowable}): the dispatcher that calls it declares
 *       {@code throws Exception}.
 *   <li>Each parameter is a {@link Ui} ({@code FragmentParameter}; inputs from other fragments come
 *       with the dependency graph in a later version), and there is at most one ({@code
 *       FragmentDuplicateUi}).
 *   <li>No two fragments of one app have the same name: fragment methods are not overloaded ({@code
 *       FragmentOverloaded}, on the second one). A method that is not a fragment may share a
 *       fragment's name.
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
