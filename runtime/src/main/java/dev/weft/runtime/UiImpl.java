package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Ui} of one fragment run: collects the run's elements as JSON trees.
 *
 * <p>Thread-safe: every method locks the instance. Once the run has ended ({@link #seal()}),
 * further calls are ignored, so a thread the fragment leaked cannot change a finished slot.
 */
final class UiImpl implements Ui {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<ObjectNode> elements = new ArrayList<>();
    private boolean sealed;

    @Override
    public void title(String text) {
        add(element("title").put("text", String.valueOf(text)));
    }

    @Override
    public void header(String text) {
        add(element("header").put("text", String.valueOf(text)));
    }

    @Override
    public void markdown(String markdown) {
        add(element("markdown").put("text", String.valueOf(markdown)));
    }

    @Override
    public void text(String text) {
        add(element("text").put("text", String.valueOf(text)));
    }

    @Override
    public void lineChart(List<? extends Number> values) {
        Objects.requireNonNull(values, "values");
        List<Integer> x = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            x.add(i);
        }
        lineChart(x, Map.of("value", values));
    }

    @Override
    public void lineChart(List<?> x, Map<String, ? extends List<? extends Number>> series) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(series, "series");
        ObjectNode chart = element("line_chart");
        ArrayNode xs = chart.putArray("x");
        x.forEach(value -> addValue(xs, value));
        ArrayNode all = chart.putArray("series");
        for (Map.Entry<String, ? extends List<? extends Number>> entry : series.entrySet()) {
            List<? extends Number> data = entry.getValue();
            if (data.size() != x.size()) {
                throw new IllegalArgumentException("Series '" + entry.getKey() + "' has " + data.size()
                        + " values but x has " + x.size() + ". Give every series one value per x value.");
            }
            ObjectNode one = all.addObject().put("name", entry.getKey());
            ArrayNode ys = one.putArray("data");
            data.forEach(value -> addValue(ys, value));
        }
        add(chart);
    }

    @Override
    public void error(String message) {
        add(element("error").put("message", String.valueOf(message)));
    }

    /** Adds the error element for an exception the fragment threw. */
    void exception(Throwable failure, boolean withTrace) {
        ObjectNode error = element("error").put("message", describe(failure));
        if (withTrace) {
            error.put("trace", Errors.stackTrace(failure));
        }
        add(error);
    }

    /** Ends the run: returns what it drew and ignores every later call. */
    synchronized List<ObjectNode> seal() {
        sealed = true;
        return List.copyOf(elements);
    }

    private synchronized void add(ObjectNode element) {
        if (!sealed) {
            elements.add(element);
        }
    }

    private static ObjectNode element(String type) {
        return JSON.objectNode().put("t", type);
    }

    private static void addValue(ArrayNode array, Object value) {
        switch (value) {
            case null -> array.addNull();
            case Integer i -> array.add(i);
            case Long l -> array.add(l);
            case Double d when d.isNaN() || d.isInfinite() -> array.addNull();
            case Float f when f.isNaN() || f.isInfinite() -> array.addNull();
            case Number n -> array.add(n.doubleValue());
            default -> array.add(value.toString());
        }
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
