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
 * true} each run on their own virtual thread as soon as their inputs are ready; the others run one
 * at a time, in declaration order. Slots appear on the page in declaration order whatever order the runs
 * finish in (those of {@link Area#SIDEBAR} fragments in the sidebar), and show a placeholder until
 * their first run ends (what the run has drawn so far shows above it while it goes on, see {@link
 * Ui}).
 * An exception thrown by a fragment
 * is shown in that fragment's slot; every other fragment and the session go on.
 *
 * <p>A fragment may return a value or be {@code void}. It takes one {@link Ui} parameter to draw
 * into its slot, or none: a fragment without a {@code Ui} draws nothing, and is a value computed
 * for others. Every other parameter is an <em>input</em>: the result of the fragment of the same
 * app whose return type is assignable to the parameter's type (primitives compared boxed, so an
 * {@code int} parameter takes an {@code int} or {@code Integer} result; type arguments count, so a
 * {@code List<String>} parameter does not take a {@code List<Integer>}). Where several fragments
 * fit, the one named like the parameter is taken. A fragment runs after the fragments it takes
 * inputs from, and reruns when one of their results changes.
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
 *   <li>It has at most one {@link Ui} parameter ({@code FragmentDuplicateUi}).
 *   <li>Each input is bound to exactly one fragment. When no fragment returns a fitting type, it is
 *       an error ({@code FragmentInputMissing}), reported as {@code FragmentInputVoid} instead when
 *       a {@code void} fragment is named like the parameter: only a returned value can be an input.
 *       When several fragments return a fitting type and none of them is named like the parameter,
 *       it is an error naming them all ({@code FragmentInputAmbiguous}).
 *   <li>The type of each input, and every class it mentions, can be named from the app's package:
 *       it is not {@code private} nor nested in a {@code private} class, and it is {@code public}
 *       when it is declared in another package ({@code FragmentInputHidden}). Generated code next
 *       to the app casts each input to its parameter's type.
 *   <li>No fragment takes its own result, directly or through others ({@code FragmentCycle}).
 *       Each cycle is reported once, on its first fragment in declaration order, with its whole
 *       path, one input a line.
 *   <li>{@link #runEvery()} is empty, or a whole number with a unit, {@code ms}, {@code s}, {@code
 *       m} or {@code h} ({@code "500ms"}, {@code "10s"}, {@code "2m"}, {@code "1h"}), or an
 *       ISO-8601 duration as {@link java.time.Duration#parse} reads it ({@code "PT10S"}); in both
 *       cases at least 100 ms ({@code FragmentRunEvery}).
 *   <li>No two fragments of one app have the same name: fragment methods are not overloaded ({@code
 *       FragmentOverloaded}, on the second one). A method that is not a fragment may share a
 *       fragment's name.
 *   <li>{@link #onRerun()} {@link OnRerun#BESIDE} sets {@link #maxBeside()} to 2 or more ({@code
 *       FragmentBesideBound}), and {@link #maxBeside()} is set only with {@link OnRerun#BESIDE}
 *       ({@code FragmentBesideUnused}).
 * </ul>
 *
 * <p><b>Users and roles.</b> {@code @RolesAllowed}, {@code @Authenticated} or {@code @PermitAll} on
 * a fragment says who may run it (besides being allowed to open its page; {@code @PermitAll} or no
 * annotation: whoever may open the page). A user who may not run it sees a "not allowed" slot and
 * the method never runs. The rules on the annotations are those listed on {@link App}, and one more:
 * a fragment may not take the value of a fragment that lets in fewer users than it does, compared
 * by what each declares or else its class declares ({@code AccessInput}): the value would reach
 * users its roles keep it from. So the dependents of a section a user may not see are never shown
 * to that user either.
 *
 * <p>A fragment may also be {@link Limited}: the rules of that annotation are listed on it. The
 * fragment rules above take the place of those {@code @Limited} has for the methods of other beans.
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

    /**
     * Whether this fragment computes rather than waits: set it on a fragment that burns CPU (a model
     * fit, a simulation, a large sort). Such a fragment runs on one of a pool of platform threads,
     * one per core, which the operating system time-slices, so while it computes the other fragments
     * of every session, and the server's own work (messages, pages, timers), go on. Every other
     * fragment runs on a virtual thread: cheap while it waits for I/O, but never time-sliced, so a
     * virtual thread that computes for seconds holds a core that other sessions then wait for.
     * Fragments with {@code cpu} beyond the number of cores wait for a thread of the pool.
     */
    boolean cpu() default false;

    /**
     * Reruns this fragment on a timer while the session is open, for example {@code "10s"}: a live
     * panel. Accepts a number with a unit ({@code ms}, {@code s}, {@code m}, {@code h}) or an ISO-8601
     * duration ({@code "PT10S"}); at least 100 ms. Empty (the default) means no timer. A tick that
     * comes while the previous run is still going is skipped. When a timed run's result changes, its
     * dependents rerun as after any other run.
     */
    String runEvery() default "";

    /**
     * Where the fragment's slot is shown: the main column (the default) or the {@link Area#SIDEBAR
     * sidebar}. Ignored for a fragment without a {@link Ui}, which shows nothing.
     */
    Area area() default Area.MAIN;

    /**
     * What a newer run does to a run of this fragment that is still going: supersede it (the
     * default), wait for it, or run beside it. See {@link OnRerun}.
     */
    OnRerun onRerun() default OnRerun.SUPERSEDE;

    /**
     * With {@code onRerun = OnRerun.BESIDE}: the most runs of this fragment that go on at once in one
     * session, at least 2 (a newer run beyond that waits for one to end). Required with {@code
     * BESIDE}, and only allowed with it; 0 (the default) means unset.
     */
    int maxBeside() default 0;
}
