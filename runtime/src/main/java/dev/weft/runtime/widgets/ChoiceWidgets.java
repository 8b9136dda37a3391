package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.OptionRange;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Choice widgets, over options of any type ({@link ChoiceOptions}): one option (select box, radio,
 * select slider; pills and segmented control, which may pick none), several (multiselect, and pills
 * and segmented control that pick several), and a stretch of them (range select slider). The browser
 * sends positions, never the options themselves; every position is checked. Their client side is
 * {@code widgets/choices.js} and {@code widgets/segments.js}.
 */
public final class ChoiceWidgets {

    private ChoiceWidgets() {}

    /** A choice widget: its options, and a value of the app's as the browser would send it. */
    public sealed interface OverOptions permits Choice, MultiSelect, RangeSelect {
        /** The options. */
        ChoiceOptions options();

        /**
         * The wire form of {@code value} (the app's own objects): what a browser would send to pick it.
         *
         * @throws IllegalArgumentException if it holds something that is not an option
         */
        JsonNode wire(Object value);
    }

    /**
     * One option, initially the one at {@code index}. When {@code optional}, the user may pick none
     * (a click on the picked one drops it; {@code index} -1 picks none at first) and the value is an
     * {@code Optional}.
     */
    public record Choice(
            String kind, String id, String label, boolean disabled, ChoiceOptions options, int index, boolean optional)
            implements WidgetSpec, OverOptions {
        public Choice {
            Objects.requireNonNull(options, "options");
            if (!(optional && index == -1)) {
                Objects.checkIndex(index, options.size());
            }
        }

        /** A choice that always holds one option. */
        public Choice(String kind, String id, String label, boolean disabled, ChoiceOptions options, int index) {
            this(kind, id, label, disabled, options, index, false);
        }

        @Override
        public Object initial() {
            Object option = index < 0 ? null : options.get(index);
            return optional ? Optional.ofNullable(option) : option;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (optional && value != null && value.isNull()) {
                return Optional.empty();
            }
            Object option = options.at(label, value);
            return optional ? Optional.of(option) : option;
        }

        @Override
        public boolean allows(Object value) {
            return position(value) >= 0 || (optional && value instanceof Optional<?> none && none.isEmpty());
        }

        @Override
        public Object carry(Object kept) {
            if (!allows(kept)) {
                return initial();
            }
            // The app's own object of this run, equal to the kept one.
            int position = position(kept);
            Object option = position < 0 ? null : options.get(position);
            return optional ? Optional.ofNullable(option) : option;
        }

        private int position(Object value) {
            return options.indexOf(optional && value instanceof Optional<?> some ? some.orElse(null) : value);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            int position = position(value);
            if (position < 0) {
                node.putNull("value");
            } else {
                node.put("value", position);
            }
            options.describe(node);
            if (optional) {
                node.put("multi", false);
            }
        }

        @Override
        public JsonNode wire(Object value) {
            if (optional && (value == null || (value instanceof Optional<?> none && none.isEmpty()))) {
                return JsonNodeFactory.instance.nullNode();
            }
            return options.wire(label, value instanceof Optional<?> some ? some.get() : value);
        }
    }

    /**
     * Any number of options, at most {@code maxSelections} (0: no limit), listed in the options'
     * order: a multiselect, or pills or a segmented control that pick several.
     */
    public record MultiSelect(
            String kind,
            String id,
            String label,
            boolean disabled,
            ChoiceOptions options,
            List<Object> defaults,
            int maxSelections)
            implements WidgetSpec, OverOptions {
        public MultiSelect {
            Objects.requireNonNull(options, "options");
            if (maxSelections < 0) {
                throw new IllegalArgumentException(label + ": maxSelections must be at least 1.");
            }
            BitSet picked = positions(options, Objects.requireNonNull(defaults, "defaults"));
            if (picked == null || (maxSelections > 0 && picked.cardinality() > maxSelections)) {
                throw new IllegalArgumentException(label + ": the defaults must be distinct options, at most "
                        + (maxSelections > 0 ? maxSelections : options.size()) + " of them.");
            }
            defaults = inOrder(options, picked);
        }

        @Override
        public Object initial() {
            return defaults;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isArray()) {
                throw bad("'" + label + "' takes a list of option positions, not " + shown(value) + ".");
            }
            BitSet picked = new BitSet(options.size());
            for (JsonNode one : value) {
                Object option = options.at(label, one);
                int position = options.indexOf(option);
                if (picked.get(position)) {
                    throw bad("'" + label + "' takes each option at most once, not " + shown(value) + ".");
                }
                picked.set(position);
            }
            if (maxSelections > 0 && picked.cardinality() > maxSelections) {
                throw bad("'" + label + "' takes at most " + maxSelections + " options, not " + picked.cardinality()
                        + ".");
            }
            return inOrder(options, picked);
        }

        @Override
        public boolean allows(Object value) {
            if (!(value instanceof List<?> list) || (maxSelections > 0 && list.size() > maxSelections)) {
                return false;
            }
            BitSet picked = positions(options, list);
            return picked != null && picked.cardinality() == list.size();
        }

        @Override
        public Object carry(Object kept) {
            return allows(kept) ? inOrder(options, positions(options, (List<?>) kept)) : initial();
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            ArrayNode picked = node.putArray("value");
            for (Object option : (List<?>) value) {
                picked.add(options.indexOf(option));
            }
            options.describe(node);
            if (maxSelections > 0) {
                node.put("maxSelections", maxSelections);
            }
            if (!"multiselect".equals(kind)) {
                node.put("multi", true);
            }
        }

        @Override
        public JsonNode wire(Object value) {
            if (!(value instanceof Collection<?> many)) {
                throw new IllegalArgumentException(
                        "'" + label + "' is set to a list of its options, not " + value + ".");
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            many.forEach(option -> array.add(options.wire(label, option)));
            return array;
        }

        /** The positions of {@code picked}, or null if one is not an option or is there twice. */
        private static BitSet positions(ChoiceOptions options, Collection<?> picked) {
            BitSet positions = new BitSet(options.size());
            for (Object option : picked) {
                int position = options.indexOf(option);
                if (position < 0 || positions.get(position)) {
                    return null;
                }
                positions.set(position);
            }
            return positions;
        }

        private static List<Object> inOrder(ChoiceOptions options, BitSet picked) {
            List<Object> ordered = new ArrayList<>(picked.cardinality());
            picked.stream().forEach(position -> ordered.add(options.get(position)));
            return List.copyOf(ordered);
        }
    }

    /** A stretch of options from {@code low} to {@code high} (positions), picked on a slider. */
    public record RangeSelect(
            String kind, String id, String label, boolean disabled, ChoiceOptions options, int low, int high)
            implements WidgetSpec, OverOptions {
        public RangeSelect {
            Objects.requireNonNull(options, "options");
            if (low < 0 || high < 0 || low > high || high >= options.size()) {
                throw new IllegalArgumentException(
                        label + ": the low and high ends must be options, the low one" + " not after the high one.");
            }
        }

        @Override
        public Object initial() {
            return range(low, high);
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isArray() || value.size() != 2) {
                throw bad("'" + label + "' takes two option positions [low, high], not " + shown(value) + ".");
            }
            int from = options.indexOf(options.at(label, value.get(0)));
            int to = options.indexOf(options.at(label, value.get(1)));
            if (from > to) {
                throw bad("'" + label + "' takes its low end before its high end, not " + shown(value) + ".");
            }
            return range(from, to);
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof OptionRange<?> range
                    && options.indexOf(range.low()) >= 0
                    && options.indexOf(range.low()) <= options.indexOf(range.high());
        }

        @Override
        public Object carry(Object kept) {
            if (!allows(kept)) {
                return initial();
            }
            OptionRange<?> range = (OptionRange<?>) kept;
            return range(options.indexOf(range.low()), options.indexOf(range.high()));
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            OptionRange<?> range = (OptionRange<?>) value;
            node.putArray("value").add(options.indexOf(range.low())).add(options.indexOf(range.high()));
            options.describe(node);
            node.put("range", true);
        }

        @Override
        public JsonNode wire(Object value) {
            if (value instanceof OptionRange<?> range) {
                return JsonNodeFactory.instance
                        .arrayNode()
                        .add(options.wire(label, range.low()))
                        .add(options.wire(label, range.high()));
            }
            if (value instanceof List<?> pair && pair.size() == 2) {
                return JsonNodeFactory.instance
                        .arrayNode()
                        .add(options.wire(label, pair.get(0)))
                        .add(options.wire(label, pair.get(1)));
            }
            throw new IllegalArgumentException("'" + label + "' is set to an OptionRange, or a list of its low and"
                    + " high option, not " + value + ".");
        }

        private OptionRange<Object> range(int from, int to) {
            return new OptionRange<>(
                    options.get(from), options.get(to), options.values().subList(from, to + 1));
        }
    }
}
