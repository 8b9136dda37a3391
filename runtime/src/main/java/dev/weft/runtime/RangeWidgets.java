package dev.weft.runtime;

import static dev.weft.runtime.WidgetChecks.bad;
import static dev.weft.runtime.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Range;

/** The range slider: two handles, a value of {@link Range}; sent as {@code [low, high]}. */
final class RangeWidgets {

    private RangeWidgets() {}

    /** A range slider over whole numbers. */
    record IntRangeSlider(String kind, String id, String label, boolean disabled, int min, int max, int low, int high)
            implements WidgetSpec {
        IntRangeSlider {
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
    record DecimalRangeSlider(
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
        DecimalRangeSlider {
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
