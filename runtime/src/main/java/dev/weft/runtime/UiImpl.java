package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Ui} of one fragment run: a view of one {@link Block} of the run's {@link Canvas} (the
 * slot, or a container in it). {@link #key} and {@link #disabled} return further views of the same
 * block whose widgets carry those options; the layout methods return views of new containers.
 *
 * <p>Elements are built here as the wire's JSON (see {@code docs/protocol.md}); an element the run
 * may change after drawing it is drawn with {@link #draw} and changed through its {@link
 * ElementHandle}.
 */
final class UiImpl implements Ui {

    private static final int DEFAULT_TEXT_LENGTH = 1_000;

    private final Canvas canvas;
    private final Block block;
    private final String key;
    private final boolean disabled;

    UiImpl(Canvas canvas) {
        this(canvas, canvas.root(), null, false);
    }

    private UiImpl(Canvas canvas, Block block, String key, boolean disabled) {
        this.canvas = canvas;
        this.block = block;
        this.key = key;
        this.disabled = disabled;
    }

    /** Draws {@code element} here; the returned handle replaces it later. */
    ElementHandle draw(ObjectNode element) {
        return canvas.add(block, element);
    }

    @Override
    public void title(String text) {
        draw(Canvas.element("title").put("text", String.valueOf(text)));
    }

    @Override
    public void header(String text) {
        draw(Canvas.element("header").put("text", String.valueOf(text)));
    }

    @Override
    public void markdown(String markdown) {
        draw(Canvas.element("markdown").put("text", String.valueOf(markdown)));
    }

    @Override
    public void text(String text) {
        draw(Canvas.element("text").put("text", String.valueOf(text)));
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
        draw(chart);
    }

    @Override
    public void error(String message) {
        draw(Canvas.element("error").put("message", String.valueOf(message)));
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
        return new UiImpl(canvas, block, key, disabled);
    }

    @Override
    public Ui disabled() {
        return new UiImpl(canvas, block, key, true);
    }

    @Override
    public List<Ui> columns(int count) {
        if (count < 1 || count > Layout.MAX_COLUMNS) {
            throw new IllegalArgumentException(
                    "columns(" + count + "): draw from 1 to " + Layout.MAX_COLUMNS + " columns.");
        }
        double[] widths = new double[count];
        Arrays.fill(widths, 1);
        return columns(widths);
    }

    @Override
    public List<Ui> columns(double... widths) {
        return views(canvas.container(block, Canvas.element("columns"), Layout.columns(widths), false));
    }

    @Override
    public List<Ui> tabs(String... labels) {
        return views(canvas.container(block, Canvas.element("tabs"), Layout.tabs(labels), false));
    }

    @Override
    public Ui expander(String label) {
        return expander(label, false);
    }

    @Override
    public Ui expander(String label, boolean expanded) {
        ObjectNode head =
                Canvas.element("expander").put("label", String.valueOf(label)).put("expanded", expanded);
        return views(canvas.container(block, head, List.of(), false)).get(0);
    }

    @Override
    public Ui container() {
        return views(canvas.container(block, Canvas.element("container"), List.of(), false))
                .get(0);
    }

    @Override
    public Ui empty() {
        return views(canvas.container(block, Canvas.element("empty"), List.of(), true))
                .get(0);
    }

    /** Views of new containers: no key (it was for one widget), but still disabled if this view is. */
    private List<Ui> views(List<Block> blocks) {
        List<Ui> views = new ArrayList<>(blocks.size());
        for (Block target : blocks) {
            views.add(new UiImpl(canvas, target, null, disabled));
        }
        return List.copyOf(views);
    }

    private Object widget(String kind, String label, java.util.function.Function<String, WidgetSpec> spec) {
        return canvas.widget(block, kind, String.valueOf(label), key, spec);
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
