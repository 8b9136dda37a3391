package dev.weft.processor;

import java.util.OptionalLong;

/** The rule for {@code @Fragment(runEvery)}, listed in the Javadoc of {@link dev.weft.Fragment}. */
final class RunEvery {

    /** The shortest period accepted: a timer faster than this would only load the server. */
    static final long MINIMUM_MILLIS = 100;

    private RunEvery() {}

    /**
     * The period {@code text} means in milliseconds, 0 for the empty string (no timer), or empty when
     * {@code text} is not an accepted duration of at least {@value #MINIMUM_MILLIS} ms.
     */
    static OptionalLong parse(String text) {
        if (text.isEmpty()) {
            return OptionalLong.of(0);
        }
        OptionalLong millis = Durations.millis(text);
        return millis.isPresent() && millis.getAsLong() >= MINIMUM_MILLIS ? millis : OptionalLong.empty();
    }
}
