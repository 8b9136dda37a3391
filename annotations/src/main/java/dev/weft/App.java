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
 * <p>Only methods declared in the class itself are its fragments: {@code @Fragment} methods of a
 * superclass are not inherited in this version.
 *
 * <p>The Weft annotation processor enforces these rules at compile time, each with an error (its
 * code in brackets) on the offending element, and generates nothing for a class that breaks any:
 *
 * <ul>
 *   <li>The type is a class, not an interface, enum, record or annotation type ({@code
 *       AppNotClass}), and not abstract ({@code AppAbstract}).
 *   <li>It is a top-level or a {@code static} nested class, not an inner class ({@code AppInner}).
 *   <li>It is not {@code private} ({@code AppPrivate}), and no class enclosing it is {@code
 *       private} ({@code AppEnclosingPrivate}): code generated in its package must reach it.
 *   <li>It declares no type parameters ({@code AppGeneric}).
 *   <li>It has a constructor CDI can call: a non-private constructor that either takes no parameters
 *       or is annotated {@code @jakarta.inject.Inject} ({@code AppConstructor}).
 *   <li>It declares at least one {@link Fragment} method itself ({@code AppNoFragments}).
 *   <li>{@link #path()} starts with {@code /} ({@code PathNotAbsolute}); contains only ASCII
 *       letters, digits, {@code -}, {@code _}, {@code .} and {@code /} ({@code PathCharacter}); has
 *       no empty segment, {@code //} ({@code PathEmptySegment}); does not end with {@code /} except
 *       for the root {@code /} itself ({@code PathTrailingSlash}); has no {@code .} or {@code ..}
 *       segment ({@code PathDotSegment}); and is neither {@code /q} or {@code /_weft} nor under
 *       them, as {@code /q/health} or {@code /_weft/ws} are ({@code PathReserved}): Quarkus and
 *       Weft serve their own pages there.
 *   <li>No two {@code @App} classes compiled together share a path; the second one gets the error
 *       ({@code PathDuplicate}).
 *   <li>{@link #icon()} is empty, a single emoji or other symbol ({@code AppIconText}), or the
 *       absolute path of an image file, with the characters a {@link #path()} may have and ending in
 *       {@code .svg}, {@code .png}, {@code .ico}, {@code .gif}, {@code .jpg}, {@code .jpeg}, {@code
 *       .webp} or {@code .avif} ({@code AppIconPath}).
 *   <li>{@link #section()} is empty or a menu heading: not blank, without leading or trailing
 *       spaces or control characters, at most 40 characters ({@code AppSection}).
 *   <li>A {@link #hidden()} page has no place in the menu, so it names no {@link #section()} and no
 *       {@link #order()} ({@code AppHiddenInMenu}).
 *   <li>Two sections of the apps compiled together do not differ only in case, as {@code "Admin"}
 *       and {@code "admin"} do ({@code AppSectionCase}).
 * </ul>
 *
 * <p>Calls of {@link Ui#switchPage(Class)} and {@link Ui#pageLink(Class)} (and its overloads) whose
 * target is a class literal are checked too: the class must be an {@code @App} ({@code
 * PageNotApp}).
 *
 * <p><b>Pages.</b> When an application has several {@code @App} classes, each page shows a menu
 * listing every app by its title (and icon), ordered by {@link #order()} and then by path, with the
 * current page marked. Pages with a {@link #section()} are listed under that heading, after the
 * pages without one; a section comes where its first page would. A {@link #hidden()} page is not
 * listed, but opens by its URL, a {@link Ui#pageLink(Class) page link} or {@link
 * Ui#switchPage(Class)}. Each menu entry is an ordinary link: every page is its own session. The
 * menu shows when it lists two pages or more, or when the current page is not among those it lists.
 *
 * <p><b>Users and roles.</b> {@code @RolesAllowed} or {@code @PermitAll} ({@code
 * jakarta.annotation.security}) or Quarkus's {@code @Authenticated} on the class says who may open
 * the page; the menu lists a page only for users who may open it. The processor reads them into the
 * generated definition, and rejects: more than one of them on the class ({@code AccessConflict}), a
 * {@code @RolesAllowed} that names no role ({@code AccessNoRoles}) or a blank or {@code ${...}} role
 * ({@code AccessBadRole}), and {@code @DenyAll} ({@code AccessDenyAll}). A user who may not open the
 * page gets HTTP 403, or the login the application's Quarkus security mechanism asks for when nobody
 * is logged in.
 *
 * <p>The rules for the fragment methods are listed on {@link Fragment}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface App {

    /**
     * The page title, shown at the top of the page and in the browser tab. Defaults to the simple
     * name of the class.
     */
    String title() default "";

    /** The HTTP path the page is served at, for example {@code "/"} or {@code "/sales"}. */
    String path() default "/";

    /**
     * The page's icon: its favicon, and its mark in the header and the pages menu. Either one emoji
     * (or other symbol), for example {@code "📈"}, or the absolute path of an image the application
     * serves from {@code src/main/resources/META-INF/resources}, for example {@code
     * "/icons/sales.svg"}. Empty (the default) shows Weft's logo.
     */
    String icon() default "";

    /**
     * Where the page comes in the pages menu: apps are listed by ascending order, then by path. The
     * default {@code 0} lists apps by path alone.
     */
    int order() default 0;

    /**
     * The heading the page is listed under in the pages menu, for example {@code "Admin"}. Empty (the
     * default) lists the page above every section.
     */
    String section() default "";

    /**
     * Whether the page is left out of the pages menu. It is still served at its path: open it by its
     * URL, a {@link Ui#pageLink(Class) page link} or {@link Ui#switchPage(Class)}.
     */
    boolean hidden() default false;

    /**
     * How wide the page's main column is: {@link PageLayout#CENTERED} (the default), a column of
     * readable width in the middle, or {@link PageLayout#WIDE}, the whole width of the window.
     */
    PageLayout layout() default PageLayout.CENTERED;
}
