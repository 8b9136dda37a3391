package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Choice widgets: the select box and radio (one option) and the multiselect (several), checking that every option a browser sends is one of theirs. Their client side is {@code widgets/choices.js}. */
public final class ChoiceWidgets {

    private ChoiceWidgets() {}

    /** A drop-down list of distinct options. */
    public record Choice(String kind, String id, String label, boolean disabled, List<String> options, int index)
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

    /**
     * Any number of distinct options, at most {@code maxSelections} (0: no limit); the value lists them
     * in the order of {@code options}.
     */
    public record MultiSelect(
            String kind,
            String id,
            String label,
            boolean disabled,
            List<String> options,
            List<String> defaults,
            int maxSelections)
            implements WidgetSpec {
        public MultiSelect {
            options = List.copyOf(options);
            if (options.isEmpty() || new HashSet<>(options).size() != options.size()) {
                throw new IllegalArgumentException(label + ": the options must be non-empty and distinct.");
            }
            if (maxSelections < 0) {
                throw new IllegalArgumentException(label + ": maxSelections must be at least 1.");
            }
            defaults = inOrder(options, defaults);
            if (defaults == null || (maxSelections > 0 && defaults.size() > maxSelections)) {
                throw new IllegalArgumentException(label + ": the defaults must be distinct options, at most "
                        + (maxSelections > 0 ? maxSelections : options.size()) + " of them.");
            }
        }

        @Override
        public Object initial() {
            return defaults;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isArray()) {
                throw bad("'" + label + "' takes a list of options, not " + shown(value) + ".");
            }
            List<String> picked = new ArrayList<>(value.size());
            for (JsonNode option : value) {
                if (!option.isTextual() || !options.contains(option.textValue())) {
                    throw bad("'" + label + "' has no option " + shown(option) + "; its options are " + options + ".");
                }
                picked.add(option.textValue());
            }
            List<String> ordered = inOrder(options, picked);
            if (ordered == null) {
                throw bad("'" + label + "' takes each option at most once, not " + shown(value) + ".");
            }
            if (maxSelections > 0 && ordered.size() > maxSelections) {
                throw bad("'" + label + "' takes at most " + maxSelections + " options, not " + ordered.size() + ".");
            }
            return ordered;
        }

        @Override
        public boolean allows(Object value) {
            if (!(value instanceof List<?> list) || (maxSelections > 0 && list.size() > maxSelections)) {
                return false;
            }
            return options.containsAll(list) && new HashSet<>(list).size() == list.size();
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            ArrayNode picked = node.putArray("value");
            ((List<?>) value).forEach(option -> picked.add((String) option));
            options.forEach(node.putArray("options")::add);
            if (maxSelections > 0) {
                node.put("maxSelections", maxSelections);
            }
        }

        /** The picked options in the order of {@code options}, or null if one is unknown or repeated. */
        private static List<String> inOrder(List<String> options, List<String> picked) {
            Set<String> wanted = new HashSet<>();
            for (String option : Objects.requireNonNull(picked, "defaults")) {
                if (!options.contains(option) || !wanted.add(option)) {
                    return null;
                }
            }
            return options.stream().filter(wanted::contains).toList();
        }
    }
}
