package dev.weft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how many calls of a method run at once, across every session of the server (or of the
 * cluster, or within one session), and queues the others fairly: first come, first served.
 *
 * <p>Put it on a {@link Fragment} method or on a method of any CDI bean. Calls of all the methods
 * that name the same {@link #group()} share its {@link #permits()}. A caller that finds no free
 * permit waits in line; at most {@link #queue()} callers wait, and one more is refused at once with
 * a {@link LimitedException} ("busy, try again"). A wait longer than {@link #timeout()} ends with a
 * {@link LimitedException} too. While a fragment waits, its slot shows its place in line and an
 * estimate of the wait, updated as the line moves. A waiter whose fragment is superseded (its
 * widget moved again) or whose tab closes leaves the line at once; a permit is always given back,
 * whether the call returns, throws or is interrupted.
 *
 * <p>With {@link #confined()} every call of the group runs on one dedicated, long-lived platform
 * thread that the group owns, one at a time: the way to call a runtime that must always be called
 * from the thread that started it. The caller waits in the same line and gets the result or the
 * exception back. A method annotated {@link ConfinedInit} of the group runs on that thread first.
 *
 * <p>The Weft annotation processor enforces these rules at compile time, each with an error (its
 * code in brackets) on the offending method, on the attribute's value where one value is wrong,
 * and generates nothing for an app that has a method breaking any:
 *
 * <ul>
 *   <li>{@link #permits()} is at least 1 ({@code LimitedPermits}); {@link #queue()} is 0 or more
 *       ({@code LimitedQueue}); {@link #timeout()} is empty, or a whole number with a unit, {@code
 *       ms}, {@code s}, {@code m} or {@code h}, or an ISO-8601 duration as {@link
 *       java.time.Duration#parse} reads it, of at least 1 ms ({@code LimitedTimeout}).
 *   <li>A {@link #confined()} group has 1 permit ({@code LimitedConfinedPermits}) and is not of
 *       {@link Scope#SESSION} scope ({@code LimitedConfinedSession}): it owns one thread per server,
 *       shared by every session.
 *   <li>A {@link #group()} that is written is 1 to 100 ASCII letters, digits, {@code .}, {@code _}
 *       and {@code -} ({@code LimitedGroupName}): the name is part of a Redis key and a metric tag.
 *   <li>Every declaration of a group in one compilation has the same {@code permits}, {@code
 *       queue}, {@code timeout} (compared as durations, so {@code "60s"} and {@code "PT1M"} agree),
 *       {@code scope} and {@code confined} ({@code LimitedGroupConflict}). Declarations are taken
 *       in a fixed order, classes by qualified name and the methods of a class in source order; the
 *       later one gets the error, which names both methods and the first setting that differs.
 *       Overloaded methods without a {@code group} share their default group, so they must agree
 *       too. A group declared in another module as well is checked when Quarkus builds the
 *       application.
 *   <li>On a {@link Fragment} the fragment rules apply: Weft calls the fragment directly. On any
 *       other method a CDI interceptor applies the limit, so the method must be one that Quarkus
 *       intercepts whatever its configuration: it is not {@code private} ({@code LimitedPrivate}:
 *       CDI does not intercept private methods), not {@code static} ({@code LimitedStatic}: the
 *       limit applies to calls on a bean), not {@code abstract} ({@code LimitedAbstract}: a method
 *       that overrides it does not inherit the annotation) and not {@code final} ({@code
 *       LimitedFinal}); its type is a class, not an interface, record, enum or annotation type
 *       ({@code LimitedNotClass}), that is not {@code final} ({@code LimitedFinalClass}) and not an
 *       inner class ({@code LimitedInnerClass}: CDI does not manage those). CDI intercepts a call
 *       through a subclass that overrides the method; Quarkus can strip {@code final} by rewriting
 *       bytecode, but only while {@code quarkus.arc.transform-unproxyable-classes} is true, and
 *       otherwise runs the method unlimited with a mere warning, so Weft rejects {@code final}.
 * </ul>
 *
 * <p>The processor generates nothing for a bean method: it only checks it. The rules of {@link
 * ConfinedInit} are listed there.
 *
 * <p>On a bean method the limit is applied by a CDI interceptor, so the method must be one CDI can
 * intercept (not private). Called from a fragment's thread, the fragment's slot shows the wait, and
 * {@link Scope#SESSION} means that fragment's session; called from anywhere else, {@code SESSION} is
 * an error. A limited method must not be called on an I/O (event-loop) thread.
 *
 * <p>The Quarkus build checks every jar of the application together and fails on: a group declared
 * with different settings in two places ({@code [Weft/LimitedGroupConflict]}); a {@link #timeout()}
 * that is not a duration ({@code [Weft/LimitedTimeout]}); {@link Scope#CLUSTER} without the {@code
 * quarkus-redis-client} extension ({@code [Weft/LimitedClusterNeedsRedis]}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Limited {

    /**
     * The name of the limit shared by every method that names it, for example {@code "gpu"}. Empty
     * (the default) gives the method a limit of its own, named {@code com.acme.Class#method} (the
     * class's binary name, as {@link Class#getName()} gives it, {@code com.acme.Outer$Inner} for a
     * nested class).
     */
    String group() default "";

    /** How many calls of the group may run at the same time. */
    int permits() default 1;

    /**
     * The most callers that may wait for a permit at once; one more is refused at once. {@code 0}
     * means no waiting: a call that finds no free permit is refused.
     */
    int queue() default 100;

    /**
     * The longest a caller waits for a permit, as for {@link Fragment#runEvery()}: a whole number
     * with a unit ({@code "500ms"}, {@code "30s"}, {@code "2m"}, {@code "1h"}) or an ISO-8601
     * duration ({@code "PT30S"}). Empty (the default) waits as long as it takes.
     */
    String timeout() default "";

    /** Who shares the permits. */
    Scope scope() default Scope.SERVER;

    /**
     * Whether every call of the group runs on one dedicated thread the group owns, one at a time.
     * Requires {@link #permits()} of 1.
     */
    boolean confined() default false;

    /** Who shares a group's permits. */
    enum Scope {
        /** Every session of this server: the default. */
        SERVER,
        /** Each session (browser tab) has the group's permits to itself. */
        SESSION,
        /**
         * Every instance of the application that uses the same Redis: the permits are leases in
         * Redis, so those of an instance that dies come back when its leases expire. Needs the
         * {@code quarkus-redis-client} extension.
         */
        CLUSTER
    }
}
