package dev.weft.processor;

import java.util.OptionalLong;

/** The rule for {@code @Limited(timeout)}, listed in the Javadoc of {@link dev.weft.Limited}. */
final class LimitTimeout {

    private LimitTimeout() {}

    /**
     * The longest wait {@code text} means in milliseconds, 0 for the empty string (no limit), or
     * empty when {@code text} is not a duration of at least 1 ms.
     */
    static OptionalLong parse(String text) {
        if (text.isEmpty()) {
            return OptionalLong.of(0);
        }
        OptionalLong millis = Durations.millis(text);
        return millis.isPresent() && millis.getAsLong() > 0 ? millis : OptionalLong.empty();
    }
}
