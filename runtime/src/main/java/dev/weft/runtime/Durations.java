package dev.weft.runtime;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations written in Weft's annotations, such as {@code @Limited(timeout)}: a whole
 * number with a unit ({@code "500ms"}, {@code "30s"}, {@code "2m"}, {@code "1h"}) or an ISO-8601
 * duration ({@code "PT30S"}); the empty string is 0. The same rules as the annotation processor's,
 * for the build steps and the runtime, which see annotations the processor may not have checked
 * (a bean compiled without it).
 *
 * <p>Public only because the build steps live in another module. Applications never call it.
 */
public final class Durations {

    private static final Pattern WITH_UNIT = Pattern.compile("([0-9]+)(ms|s|m|h)");

    private Durations() {}

    /** The milliseconds {@code text} means, 0 for the empty string, or empty when it is no duration. */
    public static OptionalLong millis(String text) {
        if (text.isEmpty()) {
            return OptionalLong.of(0);
        }
        try {
            long millis = text.startsWith("P") || text.startsWith("p")
                    ? Duration.parse(text).toMillis()
                    : withUnit(text);
            return millis >= 0 ? OptionalLong.of(millis) : OptionalLong.empty();
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException tooLongOrMalformed) {
            return OptionalLong.empty();
        }
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
