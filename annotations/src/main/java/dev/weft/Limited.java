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
     * (the default) gives the method a limit of its own, named {@code com.acme.Class#method}.
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
