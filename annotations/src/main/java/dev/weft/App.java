package dev.weft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a Weft dashboard served at {@link #path()}.
 *
 * <p>Every browser tab that opens the page is a session with its own instance of the class, so
 * its fields are per-tab state. The class is a CDI bean: it may {@code @Inject} other beans. Its
 * {@link Fragment} methods are the sections of the page.
 *
 * <p>The Weft annotation processor enforces these rules at compile time, each with an error on the
 * offending element:
 *
 * <ul>
 *   <li>The class is a top-level or static nested class, not abstract, not an interface, enum or
 *       record, and not private.
 *   <li>It has a constructor CDI can call: a non-private constructor without parameters, or one
 *       annotated {@code @Inject}.
 *   <li>It declares at least one {@link Fragment} method.
 *   <li>{@link #path()} starts with {@code /}, does not end with {@code /} (except the root
 *       {@code /} itself), does not start with {@code /_weft} or {@code /q/} (reserved), and
 *       contains only letters, digits, {@code -}, {@code _}, {@code .} and {@code /}.
 *   <li>No two {@code @App} classes share a path.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface App {

    /** The page title, shown at the top of the page and in the browser tab. Defaults to the class name. */
    String title() default "";

    /** The HTTP path the page is served at, for example {@code "/"} or {@code "/sales"}. */
    String path() default "/";
}
