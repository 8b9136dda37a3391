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
}
