package dev.weft.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A widget as one run of its fragment drew it: what it is, what values it accepts, and its default.
 *
 * <p>Every value a browser sends is checked against the spec of the widget as last drawn ({@link
 * #accept}); a value kept from an earlier run is reused only if the spec, which may have changed,
 * still allows it ({@link #allows}).
 */
sealed interface WidgetSpec
        permits WidgetSpec.IntRange,
                WidgetSpec.DecimalRange,
                WidgetSpec.Choice,
                WidgetSpec.Toggle,
                WidgetSpec.Text,
                WidgetSpec.Button,
                RangeWidgets.IntRangeSlider,
                RangeWidgets.DecimalRangeSlider,
                ValueWidgets.MultiSelect,
                ValueWidgets.DateInput,
                ValueWidgets.TimeInput,
                ValueWidgets.ColorPicker,
                FileUploaderSpec,
                FormWidgets.SubmitButton {

    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The most characters a text input may ever be given. */
    int MAX_TEXT = 100_000;

    String kind();

    String id();

    String label();

    boolean disabled();

    /** The value before the user changes it. */
    Object initial();

    /** Turns a value from the browser into the widget's Java value, or refuses it. */
    Object accept(JsonNode value) throws ProtocolException;

    /** Whether a value kept from an earlier run is still valid for this spec. */
    boolean allows(Object value);

    /**
     * Whether the widget is a button: its value is {@code true} only in the run its click caused, and
     * {@code false} again in the next.
     */
    default boolean clicks() {
        return false;
    }

    /** The element sent to the browser, showing {@code value}. */
    default ObjectNode toJson(Object value) {
        ObjectNode node = JSON.objectNode()
                .put("t", kind())
                .put("id", id())
                .put("label", label())
                .put("disabled", disabled());
        describe(node, value);
        return node;
    }

    /** Adds the kind's own fields, and the value, to its element. */
    void describe(ObjectNode node, Object value);

    /** A slider or number field over whole numbers. */
    record IntRange(String kind, String id, String label, boolean disabled, int min, int max, int initialValue)
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
    record DecimalRange(
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

    /** A drop-down list of distinct options. */
    record Choice(String kind, String id, String label, boolean disabled, List<String> options, int index)
            implements WidgetSpec {
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty() || options.stream().distinct().count() != options.size()) {
                throw new IllegalArgumentException(label + ": the options must be non-empty and distinct.");
            }
            Objects.checkIndex(index, options.size());
        }

        @Override
        public Object initial() {
            return options.get(index);
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isTextual() || !allows(value.textValue())) {
                throw bad("'" + label + "' takes one of " + options + ", not " + value + ".");
            }
            return value.textValue();
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof String text && options.contains(text);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (String) value);
            options.forEach(node.putArray("options")::add);
        }
    }

    /** A checkbox. */
    record Toggle(String kind, String id, String label, boolean disabled, boolean initialValue) implements WidgetSpec {
        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isBoolean()) {
                throw bad("'" + label + "' takes true or false, not " + value + ".");
            }
            return value.booleanValue();
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (Boolean) value);
        }
    }

    /** A one-line text field. */
    record Text(String kind, String id, String label, boolean disabled, String initialValue, int maxLength)
            implements WidgetSpec {
        public Text {
            Objects.requireNonNull(initialValue, "value");
            if (maxLength < 1 || maxLength > MAX_TEXT || initialValue.length() > maxLength) {
                throw new IllegalArgumentException(
                        label + ": maxLength must be within [1, " + MAX_TEXT + "] and the value no longer than it.");
            }
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isTextual()) {
                throw bad("'" + label + "' takes text, not " + value + ".");
            }
            if (!allows(value.textValue())) {
                throw bad("'" + label + "' takes at most " + maxLength + " characters.");
            }
            return value.textValue();
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof String text && text.length() <= maxLength;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("value", (String) value).put("maxLength", maxLength);
        }
    }

    /** A button: its value is whether the current run was caused by a click on it. */
    record Button(String kind, String id, String label, boolean disabled) implements WidgetSpec {
        @Override
        public boolean clicks() {
            return true;
        }

        @Override
        public Object initial() {
            return false;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isBoolean() || !value.booleanValue()) {
                throw bad("'" + label + "' is a button: send true for a click, not " + value + ".");
            }
            return true;
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.remove("value");
        }
    }

    private static ProtocolException bad(String message) {
        return new ProtocolException(ErrorCode.BAD_VALUE, message);
    }
}
