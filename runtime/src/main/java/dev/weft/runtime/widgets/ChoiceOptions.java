package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Options;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options of a choice widget as the app gave them: its own objects, distinct by {@code equals},
 * and the label shown for each ({@code toString}, or an {@link Options}' label function). The browser
 * is sent the labels and sends back positions; {@link #at} turns a position back into the app's
 * object, refusing anything that is not a position of an option.
 */
public final class ChoiceOptions {

    private final List<Object> values;
    private final List<String> labels;
    private final Map<Object, Integer> positions;

    private ChoiceOptions(List<Object> values, List<String> labels, Map<Object, Integer> positions) {
        this.values = values;
        this.labels = labels;
        this.positions = positions;
    }

    /**
     * The options of the widget labelled {@code label}.
     *
     * @throws IllegalArgumentException if there are none, one is null, or two are equal
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ChoiceOptions of(String label, List<?> options) {
        Objects.requireNonNull(options, "options");
        List<Object> values = new ArrayList<>(options.size());
        List<String> labels = new ArrayList<>(options.size());
        Map<Object, Integer> positions = new HashMap<>();
        for (Object option : options) {
            if (option == null || positions.putIfAbsent(option, values.size()) != null) {
                throw new IllegalArgumentException(label + ": the options must be non-empty, non-null and distinct"
                        + (option == null ? "" : ("; " + option + " is there twice")) + ".");
            }
            values.add(option);
            labels.add(options instanceof Options opts ? opts.labelOf(option) : String.valueOf(option));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(label + ": the options must be non-empty, non-null and distinct.");
        }
        return new ChoiceOptions(List.copyOf(values), List.copyOf(labels), positions);
    }

    /** How many options there are. */
    public int size() {
        return values.size();
    }

    /** The option at {@code position}. */
    public Object get(int position) {
        return values.get(position);
    }

    /** The options, in order. */
    public List<Object> values() {
        return values;
    }

    /** The position of the option equal to {@code value}, or -1 if there is none. */
    public int indexOf(Object value) {
        Integer position = value == null ? null : positions.get(value);
        return position == null ? -1 : position;
    }

    /** The option a browser named by its position {@code value}, or a refusal. */
    Object at(String widget, JsonNode value) throws ProtocolException {
        if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw bad("'" + widget + "' takes the position of one of its " + size() + " options, not " + shown(value)
                    + ".");
        }
        int position = value.intValue();
        if (position < 0 || position >= size()) {
            throw bad("'" + widget + "' has " + size() + " options (positions 0 to " + (size() - 1) + "), not "
                    + position + ".");
        }
        return values.get(position);
    }

    /** The position of {@code option} on the wire, for the test harness. */
    JsonNode wire(String widget, Object option) {
        int position = indexOf(option);
        if (position < 0) {
            throw new IllegalArgumentException(
                    "'" + widget + "' has no option " + option + "; its options are " + values + ".");
        }
        return JsonNodeFactory.instance.numberNode(position);
    }

    /** Adds the labels to a widget's element, as {@code options}. */
    void describe(ObjectNode node) {
        ArrayNode array = node.putArray("options");
        labels.forEach(array::add);
    }
}
