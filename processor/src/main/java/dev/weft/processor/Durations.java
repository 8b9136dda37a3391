package dev.weft.processor;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration strings Weft's annotations accept ({@code @Fragment(runEvery)}, {@code
 * @Limited(timeout)}): a whole number with a unit, {@code ms}, {@code s}, {@code m} or {@code h}, or an
 * ISO-8601 duration as {@link Duration#parse} reads it.
 */
final class Durations {

    private static final Pattern WITH_UNIT = Pattern.compile("([0-9]+)(ms|s|m|h)");

    private Durations() {}

    /**
     * The duration {@code text} means in whole milliseconds (an ISO-8601 duration may be zero or
     * negative), or empty when {@code text} is not a duration in either form or does not fit a {@code
     * long}.
     */
    static OptionalLong millis(String text) {
        try {
            return text.startsWith("P") || text.startsWith("p") ? OptionalLong.of(iso(text)) : withUnit(text);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException tooLongOrMalformed) {
            return OptionalLong.empty();
        }
    }

    private static long iso(String text) {
        return Duration.parse(text).toMillis();
    }

    private static OptionalLong withUnit(String text) {
        Matcher matcher = WITH_UNIT.matcher(text);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        return OptionalLong.of(
                switch (matcher.group(2)) {
                    case "ms" -> amount;
                    case "s" -> Math.multiplyExact(amount, 1_000L);
                    case "m" -> Math.multiplyExact(amount, 60_000L);
                    default -> Math.multiplyExact(amount, 3_600_000L);
                });
    }
}
