package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Range;
import dev.weft.runtime.wire.ProtocolException;

/** Number widgets: the slider and number input (whole or decimal) and the range slider, with the checks of the numbers a browser sends for them. Their client side is {@code widgets/numbers.js}. */
public final class NumberWidgets {

    private NumberWidgets() {}

    /** A slider or number field over whole numbers. */
    public record IntRange(String kind, String id, String label, boolean disabled, int min, int max, int initialValue)
            implements WidgetSpec {
        public IntRange {
            if (min > max || initialValue < min || initialValue > max) {
                throw new IllegalArgumentException(label + ": the value " + initialValue + " must be within [" + min
                        + ", " + max + "], and min must not exceed max.");
            }
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
                throw bad("'" + label + "' takes a whole number, not " + value + ".");
            }
            int number = value.asInt();
            if (!allows(number)) {
                throw bad("'" + label + "' takes a value from " + min + " to " + max + ", not " + number + ".");
            }
            return number;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Integer number && number >= min && number <= max;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (Integer) value)
                    .put("min", min)
                    .put("max", max)
                    .put("step", 1)
                    .put("integer", true);
        }
    }

    /** A slider or number field over decimal numbers on a step grid starting at {@code min}. */
    public record DecimalRange(
            String kind,
            String id,
            String label,
            boolean disabled,
            double min,
            double max,
            double step,
            double initialValue)
            implements WidgetSpec {
        public DecimalRange {
            if (!(min <= max) || !(step > 0) || !(initialValue >= min && initialValue <= max)) {
                throw new IllegalArgumentException(label + ": the value " + initialValue + " must be within [" + min
                        + ", " + max + "], min must not exceed max, and the step must be positive.");
            }
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
                throw bad("'" + label + "' takes a number, not " + value + ".");
            }
            double number = value.asDouble();
            if (!allows(number)) {
                throw bad("'" + label + "' takes a value from " + min + " to " + max + " in steps of " + step + ", not "
                        + number + ".");
            }
            return number;
        }

        @Override
        public boolean allows(Object value) {
            if (!(value instanceof Double number) || number < min || number > max) {
                return false;
            }
            double steps = (number - min) / step;
            return Math.abs(steps - Math.rint(steps)) < 1e-6;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (Double) value)
                    .put("min", min)
                    .put("max", max)
                    .put("step", step)
                    .put("integer", false);
        }
    }

    /** A range slider over whole numbers. */
    public record IntRangeSlider(
            String kind, String id, String label, boolean disabled, int min, int max, int low, int high)
            implements WidgetSpec {
        public IntRangeSlider {
            if (!(min <= low && low <= high && high <= max)) {
                throw new IllegalArgumentException(label + ": the range " + low + "–" + high + " must lie within ["
                        + min + ", " + max + "], its low end not above its high end.");
            }
        }

        @Override
        public Object initial() {
            return new Range<>(low, high);
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (!isPair(value)
                    || !value.get(0).canConvertToExactIntegral()
                    || !value.get(1).canConvertToExactIntegral()
                    || !value.get(0).canConvertToInt()
                    || !value.get(1).canConvertToInt()) {
                throw bad("'" + label + "' takes two whole numbers [low, high], not " + shown(value) + ".");
            }
            int from = value.get(0).asInt();
            int to = value.get(1).asInt();
            if (from > to || from < min || to > max) {
                throw bad("'" + label + "' takes a range within " + min + " to " + max
                        + ", its low end not above its high end, not " + shown(value) + ".");
            }
            return new Range<>(from, to);
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Range<?> range
                    && range.low() instanceof Integer from
                    && range.high() instanceof Integer to
                    && from >= min
                    && to <= max;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            Range<?> range = (Range<?>) value;
            node.putArray("value").add((Integer) range.low()).add((Integer) range.high());
            node.put("min", min).put("max", max).put("step", 1).put("integer", true);
        }
    }

    /** A range slider over decimal numbers on a grid of {@code step} from {@code min}. */
    public record DecimalRangeSlider(
            String kind,
            String id,
            String label,
            boolean disabled,
            double min,
            double max,
            double step,
            double low,
            double high)
            implements WidgetSpec {
        public DecimalRangeSlider {
            if (!(step > 0) || !Double.isFinite(step) || !(min <= low && low <= high && high <= max)) {
                throw new IllegalArgumentException(label + ": the range " + low + "–" + high + " must lie within ["
                        + min + ", " + max + "], its low end not above its high end, and the step must be positive.");
            }
        }

        @Override
        public Object initial() {
            return new Range<>(low, high);
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (!isPair(value)
                    || !value.get(0).isNumber()
                    || !value.get(1).isNumber()
                    || !Double.isFinite(value.get(0).asDouble())
                    || !Double.isFinite(value.get(1).asDouble())) {
                throw bad("'" + label + "' takes two numbers [low, high], not " + shown(value) + ".");
            }
            Range<Double> range = value.get(0).asDouble() <= value.get(1).asDouble()
                    ? new Range<>(value.get(0).asDouble(), value.get(1).asDouble())
                    : null;
            if (range == null || !allows(range)) {
                throw bad("'" + label + "' takes a range within " + min + " to " + max + " in steps of " + step
                        + ", its low end not above its high end, not " + shown(value) + ".");
            }
            return range;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Range<?> range
                    && range.low() instanceof Double from
                    && range.high() instanceof Double to
                    && from >= min
                    && to <= max
                    && WidgetChecks.onStep(from, min, step)
                    && WidgetChecks.onStep(to, min, step);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            Range<?> range = (Range<?>) value;
            node.putArray("value").add((Double) range.low()).add((Double) range.high());
            node.put("min", min).put("max", max).put("step", step).put("integer", false);
        }
    }

    private static boolean isPair(JsonNode value) {
        return value != null && value.isArray() && value.size() == 2;
    }
}
