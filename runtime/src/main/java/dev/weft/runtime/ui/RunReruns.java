package dev.weft.runtime.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a run reaches through {@code ui.rerun()}, {@code ui.rerun(name)} and {@code ui.sessionId()}:
 * its session's id, the names of its app's fragments, and the session's way to rerun one of them.
 *
 * @param sessionId the session's id, or empty outside a session
 * @param fragments the app's fragment names, in declaration order
 * @param rerun reruns the named fragment (null: the run's own, once the run ends); ignored once the
 *     run no longer counts
 */
public record RunReruns(String sessionId, List<String> fragments, Consumer<String> rerun) {

    /** Outside a session: nothing reruns. */
    public static final RunReruns NONE = new RunReruns("", List.of(), name -> {});

    /** Copies {@code fragments}. */
    public RunReruns {
        fragments = List.copyOf(fragments);
        Objects.requireNonNull(rerun, "rerun");
    }

    /** Asks for the rerun. */
    void rerun(String name) {
        rerun.accept(name);
    }

    /**
     * {@code name}, if the app has a fragment of that name.
     *
     * @throws IllegalArgumentException naming the app's fragments, if it has none of that name
     */
    String checked(String name) {
        if (name == null || (!fragments.contains(name) && this != NONE)) {
            throw new IllegalArgumentException(
                    "This app has no fragment '" + name + "'. Its fragments are " + String.join(", ", fragments) + ".");
        }
        return name;
    }
}
