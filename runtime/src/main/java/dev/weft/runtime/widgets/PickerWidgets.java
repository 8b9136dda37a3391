package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Picker widgets: the date, time and colour inputs, with the checks of the formats a browser sends for them. Their client side is {@code widgets/pickers.js}. */
public final class PickerWidgets {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SHORT_COLOR = Pattern.compile("#[0-9a-fA-F]{3}");
    private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** The longest time step: half a day. */
    public static final int MAX_TIME_STEP = 12 * 3600;

    private PickerWidgets() {}

    /** A date within {@code [min, max]} (either may be null: no bound); sent as {@code yyyy-MM-dd}. */
    public record DateInput(
            String kind,
            String id,
            String label,
            boolean disabled,
            LocalDate initialValue,
            LocalDate min,
            LocalDate max)
            implements WidgetSpec {
        public DateInput {
            Objects.requireNonNull(initialValue, "value");
            LocalDate low = min == null ? FIRST_DATE : min;
            LocalDate high = max == null ? LAST_DATE : max;
            if (low.isBefore(FIRST_DATE) || high.isAfter(LAST_DATE) || !within(initialValue, low, high)) {
                throw new IllegalArgumentException(label + ": the date " + initialValue + " must lie within [" + low
                        + ", " + high + "], and dates within the years 1 to 9999.");
            }
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            LocalDate date = null;
            if (value != null
                    && value.isTextual()
                    && DATE.matcher(value.textValue()).matches()) {
                try {
                    date = LocalDate.parse(value.textValue());
                } catch (DateTimeParseException e) {
                    date = null;
                }
            }
            if (date == null) {
                throw bad("'" + label + "' takes a date as yyyy-MM-dd, not " + shown(value) + ".");
            }
            if (!allows(date)) {
                throw bad("'" + label + "' takes a date " + bounds() + ", not " + date + ".");
            }
            return date;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof LocalDate date
                    && within(date, min == null ? FIRST_DATE : min, max == null ? LAST_DATE : max);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", value.toString());
            node.put("min", min == null ? null : min.toString());
            node.put("max", max == null ? null : max.toString());
        }

        private String bounds() {
            return min == null ? "up to " + max : max == null ? "from " + min : "from " + min + " to " + max;
        }

        private static boolean within(LocalDate date, LocalDate low, LocalDate high) {
            return !date.isBefore(low) && !date.isAfter(high);
        }
    }

    /**
     * A time of day on the grid of {@code stepSeconds} from midnight, or the initial value itself; sent
     * as {@code HH:mm}, or {@code HH:mm:ss} for a step of seconds.
     */
    public record TimeInput(
            String kind, String id, String label, boolean disabled, LocalTime initialValue, int stepSeconds)
            implements WidgetSpec {
        public TimeInput {
            Objects.requireNonNull(initialValue, "value");
            if (stepSeconds < 1 || stepSeconds > MAX_TIME_STEP) {
                throw new IllegalArgumentException(
                        label + ": the step must be a whole number of seconds from 1 s to 12 h.");
            }
            initialValue = initialValue.truncatedTo(stepSeconds % 60 == 0 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS);
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            LocalTime time = null;
            if (value != null
                    && value.isTextual()
                    && TIME.matcher(value.textValue()).matches()) {
                try {
                    time = LocalTime.parse(value.textValue());
                } catch (DateTimeParseException e) {
                    time = null;
                }
            }
            if (time == null) {
                throw bad("'" + label + "' takes a time as HH:mm or HH:mm:ss, not " + shown(value) + ".");
            }
            if (!allows(time)) {
                throw bad("'" + label + "' takes a time in steps of " + describeStep(stepSeconds)
                        + " from midnight, not " + time + ".");
            }
            return time;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof LocalTime time
                    && (time.equals(initialValue) || (time.getNano() == 0 && time.toSecondOfDay() % stepSeconds == 0));
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            LocalTime time = (LocalTime) value;
            boolean seconds = stepSeconds % 60 != 0 || time.getSecond() != 0;
            node.put(
                    "value",
                    String.format(
                            Locale.ROOT,
                            seconds ? "%02d:%02d:%02d" : "%02d:%02d",
                            time.getHour(),
                            time.getMinute(),
                            time.getSecond()));
            node.put("step", stepSeconds);
        }
    }

    /** A colour as {@code #rrggbb}, lower case. */
    public record ColorPicker(String kind, String id, String label, boolean disabled, String initialValue)
            implements WidgetSpec {
        public ColorPicker {
            initialValue = normalize(initialValue);
            if (initialValue == null) {
                throw new IllegalArgumentException(label + ": a colour is #rrggbb or #rgb, e.g. #4f46e5.");
            }
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null
                    || !value.isTextual()
                    || !COLOR.matcher(value.textValue()).matches()) {
                throw bad("'" + label + "' takes a colour as #rrggbb, not " + shown(value) + ".");
            }
            return value.textValue().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof String color && COLOR.matcher(color).matches();
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (String) value);
        }

        static String normalize(String color) {
            if (color == null) {
                return null;
            }
            if (SHORT_COLOR.matcher(color).matches()) {
                StringBuilder full = new StringBuilder("#");
                for (char c : color.substring(1).toCharArray()) {
                    full.append(c).append(c);
                }
                color = full.toString();
            }
            return COLOR.matcher(color).matches() ? color.toLowerCase(Locale.ROOT) : null;
        }
    }

    /** A step as a person says it: "15 minutes", "1 hour", "30 seconds". */
    static String describeStep(int seconds) {
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        return seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    private static String plural(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
