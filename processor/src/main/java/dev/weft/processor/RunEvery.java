package dev.weft.processor;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule for {@code @Fragment(runEvery)}, listed in the Javadoc of {@link dev.weft.Fragment}. */
final class RunEvery {

    /** The shortest period accepted: a timer faster than this would only load the server. */
    static final long MINIMUM_MILLIS = 100;

    private static final Pattern WITH_UNIT = Pattern.compile("([0-9]+)(ms|s|m|h)");

    private RunEvery() {}

    /**
     * The period {@code text} means in milliseconds, 0 for the empty string (no timer), or empty when
     * {@code text} is not an accepted duration of at least {@value #MINIMUM_MILLIS} ms.
     */
    static OptionalLong parse(String text) {
        if (text.isEmpty()) {
            return OptionalLong.of(0);
        }
        try {
            long millis = text.startsWith("P") || text.startsWith("p") ? iso(text) : withUnit(text);
            return millis >= MINIMUM_MILLIS ? OptionalLong.of(millis) : OptionalLong.empty();
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException tooLongOrMalformed) {
            return OptionalLong.empty();
        }
    }

    private static long iso(String text) {
        return Duration.parse(text).toMillis();
    }

    private static long withUnit(String text) {
        Matcher matcher = WITH_UNIT.matcher(text);
        if (!matcher.matches()) {
            return -1;
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> amount;
            case "s" -> Math.multiplyExact(amount, 1_000L);
            case "m" -> Math.multiplyExact(amount, 60_000L);
            default -> Math.multiplyExact(amount, 3_600_000L);
        };
    }
}
