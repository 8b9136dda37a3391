package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Ui} of one fragment run: a view of the run's {@link Canvas}. {@link #key} and {@link
 * #disabled} return further views of the same canvas whose widgets carry those options.
 */
final class UiImpl implements Ui {

    private static final int DEFAULT_TEXT_LENGTH = 1_000;

    private final Canvas canvas;
    private final String key;
    private final boolean disabled;

    UiImpl(Canvas canvas) {
        this(canvas, null, false);
    }

    private UiImpl(Canvas canvas, String key, boolean disabled) {
        this.canvas = canvas;
        this.key = key;
        this.disabled = disabled;
    }

    @Override
    public void title(String text) {
        canvas.add(Canvas.element("title").put("text", String.valueOf(text)));
    }

    @Override
    public void header(String text) {
        canvas.add(Canvas.element("header").put("text", String.valueOf(text)));
    }

    @Override
    public void markdown(String markdown) {
        canvas.add(Canvas.element("markdown").put("text", String.valueOf(markdown)));
    }

    @Override
    public void text(String text) {
        canvas.add(Canvas.element("text").put("text", String.valueOf(text)));
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
        ObjectNode chart = Canvas.element("line_chart");
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
        canvas.add(chart);
    }

    @Override
    public void error(String message) {
        canvas.add(Canvas.element("error").put("message", String.valueOf(message)));
    }

    @Override
    public int slider(String label, int min, int max, int value) {
        return (Integer)
                widget("slider", label, id -> new WidgetSpec.IntRange("slider", id, label, disabled, min, max, value));
    }

    @Override
    public double slider(String label, double min, double max, double value, double step) {
        return (Double) widget(
                "slider",
                label,
                id -> new WidgetSpec.DecimalRange("slider", id, label, disabled, min, max, step, value));
    }

    @Override
    public String selectbox(String label, List<String> options) {
        return selectbox(label, options, 0);
    }

    @Override
    public String selectbox(String label, List<String> options, int index) {
        return (String) widget(
                "selectbox", label, id -> new WidgetSpec.Choice("selectbox", id, label, disabled, options, index));
    }

    @Override
    public boolean checkbox(String label, boolean value) {
        return (Boolean) widget("checkbox", label, id -> new WidgetSpec.Toggle("checkbox", id, label, disabled, value));
    }

    @Override
    public String textInput(String label, String value) {
        return textInput(label, value, DEFAULT_TEXT_LENGTH);
    }

    @Override
    public String textInput(String label, String value, int maxLength) {
        return (String) widget(
                "text_input", label, id -> new WidgetSpec.Text("text_input", id, label, disabled, value, maxLength));
    }

    @Override
    public int numberInput(String label, int min, int max, int value) {
        return (Integer) widget(
                "number_input",
                label,
                id -> new WidgetSpec.IntRange("number_input", id, label, disabled, min, max, value));
    }

    @Override
    public double numberInput(String label, double min, double max, double value, double step) {
        return (Double) widget(
                "number_input",
                label,
                id -> new WidgetSpec.DecimalRange("number_input", id, label, disabled, min, max, step, value));
    }

    @Override
    public boolean button(String label) {
        return (Boolean) widget("button", label, id -> new WidgetSpec.Button("button", id, label, disabled));
    }

    @Override
    public Ui key(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A widget key must not be blank.");
        }
        return new UiImpl(canvas, key, disabled);
    }

    @Override
    public Ui disabled() {
        return new UiImpl(canvas, key, true);
    }

    private Object widget(String kind, String label, java.util.function.Function<String, WidgetSpec> spec) {
        return canvas.widget(kind, String.valueOf(label), key, spec);
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
}
