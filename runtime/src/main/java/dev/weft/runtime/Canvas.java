package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.LimitedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one fragment run draws: its elements in order and its widgets with their values.
 *
 * <p>Thread-safe: a fragment may draw from several threads. Once the run has ended ({@link #seal()})
 * further drawing is ignored, so a thread the fragment leaked cannot change a finished slot.
 */
final class Canvas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What a finished run drew: its elements, and each widget's spec and value by id. */
    record Drawing(List<ObjectNode> elements, Map<String, WidgetSpec> widgets, Map<String, Object> values) {}

    private final Map<String, Object> values;
    private final List<ObjectNode> elements = new ArrayList<>();
    private final Map<String, WidgetSpec> widgets = new LinkedHashMap<>();
    private final Map<String, Object> drawnValues = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private boolean sealed;

    /** @param values the widget values this run starts with, by widget id */
    Canvas(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    static ObjectNode element(String type) {
        return JSON.objectNode().put("t", type);
    }

    synchronized void add(ObjectNode element) {
        if (!sealed) {
            elements.add(element);
        }
    }

    /**
     * Draws a widget and returns its value: the one kept from earlier runs if the spec still allows
     * it, else the spec's initial value.
     *
     * @param key the widget's explicit key, or null to identify it by kind, label and position
     * @param spec makes the spec from the widget's id
     */
    synchronized Object widget(String kind, String label, String key, Function<String, WidgetSpec> spec) {
        String id = key != null
                ? "key:" + key
                : kind + ":" + label + ":" + (seen.merge(kind + ":" + label, 1, Integer::sum) - 1);
        if (widgets.containsKey(id)) {
            throw new IllegalArgumentException(
                    "Two widgets of this fragment have the key '" + key + "'. Give each widget its own key.");
        }
        WidgetSpec widget = spec.apply(id);
        Object kept = values.get(id);
        Object value = kept != null && widget.allows(kept) ? kept : widget.initial();
        if (!sealed) {
            widgets.put(id, widget);
            // A click counts for the run it caused only: afterwards the button is unclicked again.
            drawnValues.put(id, widget instanceof WidgetSpec.Button ? Boolean.FALSE : value);
            elements.add(widget.toJson(value));
        }
        return value;
    }

    /** Ends the run: returns what it drew and ignores every later call. */
    synchronized Drawing seal() {
        sealed = true;
        return new Drawing(
                List.copyOf(elements),
                Collections.unmodifiableMap(new LinkedHashMap<>(widgets)),
                Map.copyOf(drawnValues));
    }

    /** The error element for an exception a fragment threw. */
    static ObjectNode exception(Throwable failure, boolean withTrace) {
        ObjectNode error = element("error").put("message", describe(failure));
        // A full line or a timeout is not a bug: its message says it all, without type or trace.
        if (withTrace && !(failure instanceof LimitedException)) {
            error.put("trace", Errors.stackTrace(failure));
        }
        return error;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof LimitedException && message != null) {
            return message;
        }
        String type = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
