package dev.weft.processor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every message the processor reports, one per rule, each with its own code.
 *
 * <p>Messages read {@code [Weft/Code] what is wrong. How to fix it.} Tests refer to these methods, so
 * the wording lives in exactly one place. Names passed in are as the user wrote them: qualified
 * class names, simple method and parameter names.
 */
final class ErrorMessages {

    private static final String GROUP_NAME_RULE = "Use 1 to " + GroupNames.MAXIMUM_LENGTH
            + " ASCII letters, digits, '.', '_' and '-': the name is part of a Redis key and a metric tag.";

    private static final String NO_TRANSFORMATION = "(Quarkus strips 'final' by rewriting bytecode only while"
            + " quarkus.arc.transform-unproxyable-classes is true; otherwise the limit would be silently ignored.)";

    private ErrorMessages() {}

    /** The {@code @App} type is an interface, enum, record or annotation type. */
    static String appNotClass(String type, String kind) {
        return "[Weft/AppNotClass] @App type '" + type + "' is " + kind
                + ". Make it a class: Weft creates one instance of it for every browser tab.";
    }

    /** The {@code @App} class is abstract. */
    static String appAbstract(String type) {
        return "[Weft/AppAbstract] @App class '" + type + "' is abstract."
                + " Make it concrete: Weft creates one instance of it for every browser tab.";
    }

    /** The {@code @App} class is a non-static nested class. */
    static String appInner(String type) {
        return "[Weft/AppInner] @App class '" + type + "' is an inner class."
                + " Make it static or top-level: Weft creates it without an enclosing instance.";
    }

    /** The {@code @App} class is private. */
    static String appPrivate(String type) {
        return "[Weft/AppPrivate] @App class '" + type + "' is private."
                + " Make it package-private, protected or public: code generated in its package creates and calls it.";
    }

    /** A class enclosing the {@code @App} class is private. */
    static String appEnclosingPrivate(String type, String enclosing) {
        return "[Weft/AppEnclosingPrivate] @App class '" + type + "' is nested in private class '" + enclosing
                + "'. Make '" + enclosing + "' package-private, protected or public:"
                + " code generated in the same package must reach the @App class.";
    }

    /** The {@code @App} class declares type parameters. */
    static String appGeneric(String type) {
        return "[Weft/AppGeneric] @App class '" + type + "' declares type parameters."
                + " Remove them: Weft creates the class without type arguments.";
    }

    /** The {@code @App} class has no constructor CDI can call. */
    static String appConstructor(String type) {
        return "[Weft/AppConstructor] @App class '" + type + "' has no constructor CDI can call."
                + " Add a non-private constructor without parameters, or annotate a non-private constructor"
                + " with @jakarta.inject.Inject.";
    }

    /** The {@code @App} class declares no fragment. */
    static String appNoFragments(String type) {
        return "[Weft/AppNoFragments] @App class '" + type + "' declares no @Fragment method."
                + " Annotate at least one of its own methods with @Fragment:"
                + " fragments are the sections of the page, and inherited ones do not count.";
    }

    /** The path does not start with {@code /}. */
    static String pathNotAbsolute(String path) {
        return "[Weft/PathNotAbsolute] @App path '" + path + "' does not start with '/'."
                + " Start it with '/', for example \"/sales\".";
    }

    /** The path ends with {@code /} and is not the root. */
    static String pathTrailingSlash(String path) {
        return "[Weft/PathTrailingSlash] @App path '" + path + "' ends with '/'."
                + " Remove the trailing '/': only the root path \"/\" ends with one.";
    }

    /** The path contains a character outside {@code [A-Za-z0-9._/-]}. */
    static String pathCharacter(String path, String character) {
        return "[Weft/PathCharacter] @App path '" + path + "' contains '" + character + "'."
                + " Use only ASCII letters, digits, '-', '_', '.' and '/'.";
    }

    /** The path contains an empty segment ({@code //}). */
    static String pathEmptySegment(String path) {
        return "[Weft/PathEmptySegment] @App path '" + path + "' contains '//'."
                + " Write a single '/' between segments.";
    }

    /** The path contains a {@code .} or {@code ..} segment. */
    static String pathDotSegment(String path) {
        return "[Weft/PathDotSegment] @App path '" + path + "' contains a '.' or '..' segment."
                + " Remove it: browsers resolve such segments away, so the page could never be reached.";
    }

    /** The path is, or is under, {@code /q} or {@code /_weft}. */
    static String pathReserved(String path) {
        return "[Weft/PathReserved] @App path '" + path + "' is reserved: Quarkus serves /q and Weft serves /_weft."
                + " Choose a path outside /q and /_weft.";
    }

    /** A second {@code @App} class of the compilation uses a path already taken. */
    static String pathDuplicate(String path, String firstApp) {
        return "[Weft/PathDuplicate] @App path '" + path + "' is already used by '" + firstApp + "'."
                + " Give each @App class its own path.";
    }

    /** {@code @App(icon)} starts with {@code /} but is not the path of an image file. */
    static String appIconPath(String icon) {
        return "[Weft/AppIconPath] @App icon '" + icon + "' is not the path of an image file."
                + " Use the absolute path of an image under src/main/resources/META-INF/resources, such as"
                + " \"/icons/sales.svg\": ASCII letters, digits, '-', '_', '.' and '/', no '//', '.' or '..' segment,"
                + " ending in " + String.join(", ", IconRules.IMAGE_EXTENSIONS) + ".";
    }

    /** {@code @App(section)} is blank, padded, too long or holds control characters. */
    static String appSection(String section) {
        return "[Weft/AppSection] @App section '" + section + "' is not a menu heading."
                + " Use a short heading such as \"Admin\": not blank, no leading or trailing spaces, no control"
                + " characters, at most " + SectionRules.MAXIMUM_LENGTH
                + " characters; or leave it empty for no section.";
    }

    /** A hidden {@code @App} names a section or an order, which only place a page in the menu. */
    static String appHiddenInMenu(String type, String attribute) {
        return "[Weft/AppHiddenInMenu] @App class '" + type + "' is hidden, so it is not in the pages menu and its "
                + attribute + " places it nowhere. Remove " + attribute + ", or hidden = true to list the page.";
    }

    /** Two sections differ only in case. */
    static String appSectionCase(String section, String other, String otherType) {
        return "[Weft/AppSectionCase] @App section '" + section + "' differs only in case from section '" + other
                + "' of '" + otherType + "', so the menu would show two headings. Spell the section the same way.";
    }

    /** {@code switchPage} or {@code pageLink} names a class that is not an {@code @App}. */
    static String pageNotApp(String method, String type) {
        return "[Weft/PageNotApp] " + method + "(" + type + ".class): '" + type + "' is not an @App class, so it is"
                + " no page. Name an @App class of this application.";
    }

    /** {@code @App(icon)} is neither one emoji or symbol nor a path. */
    static String appIconText(String icon) {
        return "[Weft/AppIconText] @App icon '" + icon + "' is neither a single emoji nor the path of an image."
                + " Use one emoji or symbol, such as \"\uD83D\uDCC8\", or an absolute image path starting with '/',"
                + " such as \"/icons/sales.svg\".";
    }

    /** A {@code @Fragment} method is not declared in an {@code @App} class. */
    static String fragmentOutsideApp(String method, String enclosing) {
        return "[Weft/FragmentOutsideApp] Fragment method '" + method + "' is declared in '" + enclosing
                + "', which is not annotated @App. Move it into an @App class, or annotate '" + enclosing
                + "' with @App: only methods declared in an @App class itself are fragments.";
    }

    /** A fragment method is private. */
    static String fragmentPrivate(String method) {
        return "[Weft/FragmentPrivate] Fragment method '" + method + "' is private."
                + " Make it package-private, protected or public: Weft calls it directly, without reflection.";
    }

    /** A fragment method is static. */
    static String fragmentStatic(String method) {
        return "[Weft/FragmentStatic] Fragment method '" + method + "' is static."
                + " Remove 'static': Weft calls each fragment on the browser tab's own instance of the @App class.";
    }

    /** A fragment method is abstract. */
    static String fragmentAbstract(String method) {
        return "[Weft/FragmentAbstract] Fragment method '" + method + "' is abstract."
                + " Give it a body: Weft calls it on an instance of the @App class.";
    }

    /** A fragment method declares type parameters. */
    static String fragmentGeneric(String method) {
        return "[Weft/FragmentGeneric] Fragment method '" + method + "' declares type parameters."
                + " Remove them: Weft calls the method without type arguments.";
    }

    /** A fragment method declares a checked {@code Throwable} that is not an {@code Exception}. */
    static String fragmentThrowable(String method, String thrown) {
        return "[Weft/FragmentThrowable] Fragment method '" + method + "' declares 'throws " + thrown + "'."
                + " Declare java.lang.Exception or a subclass instead: Weft's dispatcher may only throw Exception.";
    }

    /** Several fragments return an input's type and none is named like the parameter. */
    static String fragmentInputAmbiguous(String method, String parameter, String type, List<String> candidates) {
        return "[Weft/FragmentInputAmbiguous] Parameter '" + parameter + "' of fragment '" + method + "' has type '"
                + type + "', which fragments " + quoted(candidates) + " all return, and none of them is named '"
                + parameter + "'. Rename the parameter to the fragment it should take.";
    }

    /** No fragment returns an input's type, and the fragment named like the parameter is void. */
    static String fragmentInputVoid(String method, String parameter, String type) {
        return "[Weft/FragmentInputVoid] Parameter '" + parameter + "' of fragment '" + method
                + "' would take fragment '"
                + parameter + "', but '" + parameter + "' returns void, so it cannot be an input. Return the value"
                + " from '" + parameter + "' (as a " + type + "), or remove the parameter.";
    }

    /** No fragment returns an input's type. */
    static String fragmentInputMissing(String method, String parameter, String type, String app) {
        return "[Weft/FragmentInputMissing] Parameter '" + parameter + "' of fragment '" + method + "' takes a " + type
                + ". No fragment of '" + app + "' returns " + type + ". Add a @Fragment method that returns it,"
                + " or remove the parameter.";
    }

    /**
     * No fragment returns an input's type, but a fragment named like the parameter returns another
     * type: most likely the parameter's type or the fragment's result is not what was meant.
     */
    static String fragmentInputMistyped(String method, String parameter, String type, String app, String returned) {
        return "[Weft/FragmentInputMissing] Parameter '" + parameter + "' of fragment '" + method + "' takes a " + type
                + ". No fragment of '" + app + "' returns " + type + "; fragment '" + parameter + "' returns "
                + returned + ". To take '" + parameter + "', declare the parameter as " + returned + " (or a type "
                + returned + " is assignable to), or return a " + type + " from '" + parameter + "'.";
    }

    /**
     * A fragment's result, which other fragments take, has no value equality: every rerun of it
     * reruns them.
     */
    static String fragmentResultIdentity(String method, String type, String lacking, List<String> consumers) {
        String fix = lacking.endsWith("[]")
                ? "Return a List (java.util.List.of(...) or Arrays.asList) instead of an array: lists compare"
                        + " their elements."
                : "Make '" + lacking + "' a record, or override equals and hashCode in it.";
        return "[Weft/FragmentResultIdentity] Fragment '" + method + "' returns " + type + ", and "
                + (type.equals(lacking) ? "it" : "'" + lacking + "' in it") + " has no value equality"
                + (lacking.endsWith("[]") ? " (an array equals only itself)" : " (it keeps Object's equals)")
                + ", so Weft cannot tell an unchanged result from a new one: every rerun of '" + method
                + "' reruns " + quoted(consumers) + ", even when nothing changed. " + fix
                + " To keep it as it is, annotate '" + method + "' with"
                + " @SuppressWarnings(\"FragmentResultIdentity\").";
    }

    /** An input's type, or a class it mentions, cannot be named from the app's package. */
    static String fragmentInputHidden(String method, String parameter, String type, String hidden, String pkg) {
        return "[Weft/FragmentInputHidden] Parameter '" + parameter + "' of fragment '" + method + "' has type '" + type
                + "', and '" + hidden + "' is not visible in package '" + pkg + "'. Make '" + hidden
                + "' package-private or wider (public when it is in another package): code generated next to the"
                + " @App class casts the input to this type.";
    }

    /** Fragments of an app take each other's results in a cycle; {@code edges} come from {@link #cycleEdge}. */
    static String fragmentCycle(String app, List<String> edges) {
        StringBuilder message = new StringBuilder("[Weft/FragmentCycle] Fragments of '")
                .append(app)
                .append("' depend on each other in a cycle:");
        for (String edge : edges) {
            message.append("\n    ").append(edge);
        }
        return message.append("\nBreak the cycle: a fragment cannot, directly or through others, take its own result.")
                .toString();
    }

    /** One line of a {@link #fragmentCycle} path: {@code method} takes {@code provider}'s result. */
    static String cycleEdge(String method, String type, String parameter, String provider) {
        return method + "(" + type + " " + parameter + ") takes " + provider;
    }

    /** {@code @Fragment(runEvery)} is not an accepted duration of at least 100 ms. */
    static String fragmentRunEvery(String method, String value) {
        return "[Weft/FragmentRunEvery] Fragment method '" + method + "' has runEvery \"" + value + "\", which is not a"
                + " duration of at least " + RunEvery.MINIMUM_MILLIS + " ms. Write a whole number with a unit, ms, s,"
                + " m or h (\"500ms\", \"10s\", \"2m\", \"1h\"), or an ISO-8601 duration (\"PT10S\");"
                + " leave it empty for no timer.";
    }

    /** {@code @Fragment(onRerun = BESIDE)} without a {@code maxBeside} of 2 or more. */
    static String fragmentBesideBound(String method, int maxBeside) {
        return "[Weft/FragmentBesideBound] Fragment method '" + method + "' runs its reruns beside each other"
                + " (onRerun = OnRerun.BESIDE) with maxBeside " + maxBeside + ", so nothing bounds how many run at"
                + " once. Add maxBeside = 2 (or more): the most runs of it that go on at once in one session.";
    }

    /** {@code @Fragment(maxBeside)} set without {@code onRerun = BESIDE}. */
    static String fragmentBesideUnused(String method, String onRerun) {
        return "[Weft/FragmentBesideUnused] Fragment method '" + method + "' sets maxBeside, but its onRerun is "
                + onRerun + ", which never runs two at once. Remove maxBeside, or set onRerun = OnRerun.BESIDE.";
    }

    /** A fragment has more than one {@code Ui} parameter. */
    static String fragmentDuplicateUi(String method, String parameter) {
        return "[Weft/FragmentDuplicateUi] Fragment method '" + method + "' has a second Ui parameter '" + parameter
                + "'. Remove it: a fragment has one slot on the page, and one Ui draws into it.";
    }

    /** Two fragments of one app share a name. */
    static String fragmentOverloaded(String method, String app) {
        return "[Weft/FragmentOverloaded] Fragment method '" + method + "' has the same name as another fragment of '"
                + app + "'. Rename one of them: a fragment's name is its id on the page, so fragments cannot be"
                + " overloaded.";
    }

    /** {@code @Limited(permits)} is less than 1. */
    static String limitedPermits(String method, int permits) {
        return "[Weft/LimitedPermits] @Limited method '" + method + "' has permits " + permits + "."
                + " Give it at least 1: permits is how many calls of the group may run at once.";
    }

    /** {@code @Limited(queue)} is negative. */
    static String limitedQueue(String method, int queue) {
        return "[Weft/LimitedQueue] @Limited method '" + method + "' has queue " + queue + "."
                + " Give it 0 or more: queue is how many callers may wait for a permit (0: none wait).";
    }

    /** {@code @Limited(timeout)} is not a duration of at least 1 ms. */
    static String limitedTimeout(String method, String value) {
        return "[Weft/LimitedTimeout] @Limited method '" + method + "' has timeout \"" + value + "\", which is not a"
                + " duration of at least 1 ms. Write a whole number with a unit, ms, s, m or h (\"500ms\", \"30s\","
                + " \"2m\", \"1h\"), or an ISO-8601 duration (\"PT30S\"); leave it empty to wait as long as it takes.";
    }

    /** A confined group has permits other than 1. */
    static String limitedConfinedPermits(String method, int permits) {
        return "[Weft/LimitedConfinedPermits] @Limited method '" + method + "' is confined but has permits " + permits
                + ". Remove permits (it defaults to 1): a confined group runs its calls one at a time on the one"
                + " thread it owns.";
    }

    /** A confined group has session scope. */
    static String limitedConfinedSession(String method) {
        return "[Weft/LimitedConfinedSession] @Limited method '" + method + "' is confined with scope SESSION."
                + " Use scope SERVER (the default) or CLUSTER, or remove confined = true: a confined group owns one"
                + " thread per server, shared by every session.";
    }

    /** A group name written in source breaks the naming rule. */
    static String limitedGroupName(String method, String group) {
        return "[Weft/LimitedGroupName] @Limited method '" + method + "' names group '" + group + "'. "
                + GROUP_NAME_RULE;
    }

    /** A group is declared with different settings in two places; {@code setting} is the first that differs. */
    static String limitedGroupConflict(
            String group, String setting, String method, String value, String first, String firstValue) {
        return "[Weft/LimitedGroupConflict] Group '" + group + "' is declared with " + setting + " " + value + " on '"
                + method + "' but with " + setting + " " + firstValue + " on '" + first + "'. Declare the group with"
                + " the same permits, queue, timeout, scope and confined everywhere, or give one method a group of"
                + " its own.";
    }

    /** A {@code @Limited} bean method is private. */
    static String limitedPrivate(String method) {
        return "[Weft/LimitedPrivate] @Limited method '" + method + "' is private. Make it package-private, protected"
                + " or public: a CDI interceptor applies the limit, and CDI does not intercept private methods.";
    }

    /** A {@code @Limited} bean method is static. */
    static String limitedStatic(String method) {
        return "[Weft/LimitedStatic] @Limited method '" + method + "' is static. Remove 'static' and call it on an"
                + " injected bean: a CDI interceptor applies the limit to calls on a bean.";
    }

    /** A {@code @Limited} bean method is abstract. */
    static String limitedAbstract(String method) {
        return "[Weft/LimitedAbstract] @Limited method '" + method + "' is abstract. Put @Limited on the method that"
                + " implements it: overriding methods do not inherit a method's annotations, so no call would be"
                + " limited.";
    }

    /** A {@code @Limited} bean method is final. */
    static String limitedFinal(String method) {
        return "[Weft/LimitedFinal] @Limited method '" + method + "' is final. Remove 'final': CDI intercepts calls"
                + " through a subclass that overrides the method. " + NO_TRANSFORMATION;
    }

    /** A {@code @Limited} bean method is declared in a final class. */
    static String limitedFinalClass(String method, String type) {
        return "[Weft/LimitedFinalClass] @Limited method '" + method + "' is declared in final class '" + type
                + "'. Remove 'final' from the class: CDI intercepts calls through a subclass of it. "
                + NO_TRANSFORMATION;
    }

    /** A {@code @Limited} method that is not a fragment is declared in an interface, record, enum or annotation. */
    static String limitedNotClass(String method, String type, String kind) {
        return "[Weft/LimitedNotClass] @Limited method '" + method + "' is declared in '" + type + "', which is "
                + kind + ". Move it to a class that is not final: CDI intercepts calls through a subclass of the"
                + " bean's class, and ignores @Limited anywhere else.";
    }

    /** A {@code @Limited} bean method is declared in an inner class. */
    static String limitedInnerClass(String method, String type) {
        return "[Weft/LimitedInnerClass] @Limited method '" + method + "' is declared in inner class '" + type
                + "'. Make '" + type + "' static or top-level: CDI does not manage inner classes, so nothing would"
                + " limit the call.";
    }

    /** A {@code @ConfinedInit} method is private. */
    static String confinedInitPrivate(String method) {
        return "[Weft/ConfinedInitPrivate] @ConfinedInit method '" + method + "' is private. Make it"
                + " package-private, protected or public: code generated next to its class calls it directly.";
    }

    /** A {@code @ConfinedInit} method is static. */
    static String confinedInitStatic(String method) {
        return "[Weft/ConfinedInitStatic] @ConfinedInit method '" + method + "' is static. Remove 'static': Weft"
                + " calls it on the CDI bean of its class.";
    }

    /** A {@code @ConfinedInit} method is abstract. */
    static String confinedInitAbstract(String method) {
        return "[Weft/ConfinedInitAbstract] @ConfinedInit method '" + method + "' is abstract. Give it a body: Weft"
                + " calls it on the CDI bean of its class.";
    }

    /** A {@code @ConfinedInit} method has parameters. */
    static String confinedInitParameters(String method) {
        return "[Weft/ConfinedInitParameters] @ConfinedInit method '" + method + "' has parameters. Remove them:"
                + " Weft calls it without arguments; inject what it needs into its bean.";
    }

    /** A {@code @ConfinedInit} method declares type parameters. */
    static String confinedInitGeneric(String method) {
        return "[Weft/ConfinedInitGeneric] @ConfinedInit method '" + method + "' declares type parameters."
                + " Remove them: Weft calls the method without type arguments.";
    }

    /** A {@code @ConfinedInit} method declares a checked {@code Throwable} that is not an {@code Exception}. */
    static String confinedInitThrowable(String method, String thrown) {
        return "[Weft/ConfinedInitThrowable] @ConfinedInit method '" + method + "' declares 'throws " + thrown + "'."
                + " Declare java.lang.Exception or a subclass instead: the generated initializer may only throw"
                + " Exception.";
    }

    /** A {@code @ConfinedInit} method is declared in an interface, record, enum or annotation type. */
    static String confinedInitNotClass(String method, String type, String kind) {
        return "[Weft/ConfinedInitNotClass] @ConfinedInit method '" + method + "' is declared in '" + type
                + "', which is " + kind + ". Move it to a class: Weft calls it on the CDI bean of its class.";
    }

    /** A {@code @ConfinedInit} method is declared in an inner class. */
    static String confinedInitInnerClass(String method, String type) {
        return "[Weft/ConfinedInitInnerClass] @ConfinedInit method '" + method + "' is declared in inner class '" + type
                + "'. Make '" + type + "' static or top-level: CDI does not manage inner classes.";
    }

    /** The class of a {@code @ConfinedInit} method, or a class enclosing it, is private. */
    static String confinedInitHiddenClass(String method, String hidden) {
        return "[Weft/ConfinedInitHiddenClass] @ConfinedInit method '" + method + "' is in private class '" + hidden
                + "'. Make '" + hidden + "' package-private or wider: code generated in the same package calls the"
                + " method.";
    }

    /** A {@code @ConfinedInit} method is declared in an {@code @App} class. */
    static String confinedInitInApp(String method, String app) {
        return "[Weft/ConfinedInitInApp] @ConfinedInit method '" + method + "' is declared in @App class '" + app
                + "'. Move it to an @ApplicationScoped bean: every browser tab has its own instance of an @App"
                + " class, while a confined group is initialized once for the whole server.";
    }

    /** {@code @ConfinedInit(group)} breaks the naming rule. */
    static String confinedInitGroupName(String method, String group) {
        return "[Weft/ConfinedInitGroupName] @ConfinedInit method '" + method + "' names group '" + group + "'. "
                + GROUP_NAME_RULE;
    }

    /** {@code @ConfinedInit} names a group that the compilation declares without {@code confined = true}. */
    static String confinedInitNotConfined(String method, String group, String declaredAt) {
        return "[Weft/ConfinedInitNotConfined] @ConfinedInit method '" + method + "' initializes group '" + group
                + "', which '" + declaredAt + "' declares without confined = true. Add confined = true to the"
                + " group's @Limited, or remove @ConfinedInit: only a confined group has a thread of its own to"
                + " initialize.";
    }

    /** A second {@code @ConfinedInit} method for one group. */
    static String confinedInitDuplicate(String method, String group, String first) {
        return "[Weft/ConfinedInitDuplicate] @ConfinedInit method '" + method + "' initializes group '" + group
                + "', which '" + first + "' already initializes. Keep one @ConfinedInit method per group, and call"
                + " the other from it: the group's thread runs one initialization before its first call.";
    }

    /** The processor itself failed on an element; never the user's fault. */
    static String internal(String element, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return "[Weft/Internal] Weft failed while processing '" + element + "': " + failure + where
                + ". This is a bug in Weft: please report it with this message and the annotated code.";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    /** {@code @DenyAll} on an app or fragment. */
    static String accessDenyAll(String element) {
        return "[Weft/AccessDenyAll] " + element + " is annotated @DenyAll, so nobody could ever see it."
                + " Delete it, or let some users in with @RolesAllowed or @Authenticated.";
    }

    /** More than one of {@code @RolesAllowed}, {@code @Authenticated} and {@code @PermitAll} on one element. */
    static String accessConflict(String element, List<String> annotations) {
        return "[Weft/AccessConflict] " + element + " is annotated " + String.join(" and ", annotations)
                + ", which say different things about who may see it. Keep one:"
                + " @RolesAllowed for some roles, @Authenticated for any logged-in user, @PermitAll for anyone.";
    }

    /** {@code @RolesAllowed} with no role. */
    static String accessNoRoles(String element) {
        return "[Weft/AccessNoRoles] @RolesAllowed on " + element + " names no role, so nobody could see it."
                + " Name the roles that may see it, or use @Authenticated for any logged-in user.";
    }

    /** A blank role, or a property expression Weft cannot check. */
    static String accessBadRole(String element, String role) {
        return "[Weft/AccessBadRole] @RolesAllowed on " + element + " names the role '" + role
                + "'. Name roles literally (no blank names, no ${...} property expressions):"
                + " Weft checks them when a page opens, without reading configuration.";
    }

    /** A fragment whose input a user who may run it may not run. */
    static String accessInput(
            String fragment, String access, String parameter, String provider, String providerAccess) {
        return "[Weft/AccessInput] Fragment '" + fragment + "' (" + access + ") takes '" + parameter
                + "' from fragment '" + provider + "' (" + providerAccess + "), which some users who may see '"
                + fragment + "' may not run. Give '" + fragment + "' the same roles as '" + provider
                + "' or fewer, or let more users run '" + provider + "'.";
    }

    /** A component's value type is a primitive (or {@code void}) class literal. */
    static String componentValuePrimitive(String type, String boxed) {
        return "[Weft/ComponentValuePrimitive] Component value type '" + type + ".class' is a primitive type:"
                + " a value the component sends is read as an object, never an instance of '" + type + "'."
                + " Declare " + boxed + ".class.";
    }

    /** A component's value type, or a type inside it, is an interface or abstract class Jackson cannot create. */
    static String componentValueAbstract(String subject, String kind) {
        return "[Weft/ComponentValueAbstract] " + subject + " is " + kind
                + ", which Jackson cannot create from JSON. Declare a record (or an enum, a String, a number,"
                + " a boolean, a List or a Map) instead, or name its implementations with @JsonTypeInfo.";
    }

    /** A component's value type declares type parameters, which its class literal cannot give. */
    static String componentValueGeneric(String type) {
        return "[Weft/ComponentValueGeneric] Component value type '" + type + "' declares type parameters,"
                + " which '" + type + ".class' leaves unknown: Jackson would read them as maps and lists."
                + " Declare a record without type parameters, with the types it holds spelled out.";
    }

    /** A component's value type, or a type inside it, is an inner (non-static) class. */
    static String componentValueInner(String subject) {
        return "[Weft/ComponentValueInner] " + subject + " is an inner class, which Jackson cannot create"
                + " without an enclosing instance. Make it a static nested class or, better, a record.";
    }

    /** A component's value type, or a type inside it, is a class without a constructor Jackson can call. */
    static String componentValueConstructor(String subject) {
        return "[Weft/ComponentValueConstructor] " + subject + " has no constructor Jackson can call:"
                + " neither one without parameters nor one annotated @JsonCreator. Make it a record,"
                + " or add a constructor without parameters.";
    }

    /** A component's URL is not a path on the app's own server. */
    static String componentUrl(String url) {
        return "[Weft/ComponentUrl] Component URL '" + url + "' is not a path on the app's own server."
                + " Start it with a single '/', without '..' or '\\', such as \"/components/map.js\" for"
                + " src/main/resources/META-INF/resources/components/map.js.";
    }

    /** A component's module is not among the app's resources. */
    static String componentModuleMissing(String url, String file) {
        return "[Weft/ComponentModuleMissing] Component URL '" + url + "' names no file of this app: there is no '"
                + file + "'. Create that file, or correct the URL (a module from a web jar is served under"
                + " /_static/ or /webjars/).";
    }

    /** The app's resources cannot be located, so a component's module is not checked (a warning). */
    static String componentModuleUnchecked(String url, String file) {
        return "[Weft/ComponentModuleUnchecked] Component URL '" + url + "' is not checked: no META-INF/resources"
                + " folder was found in the class output or in src/main/resources, so '" + file
                + "' could not be looked for. Name the resource folder with -Aweft.resources=<folder> to check it.";
    }
}
