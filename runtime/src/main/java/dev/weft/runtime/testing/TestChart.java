package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Chart;
import dev.weft.runtime.charts.ChartPick;
import dev.weft.runtime.charts.ChartPoints;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.session.SlotSnapshot;
import dev.weft.runtime.widgets.ChartWidgets;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.testing.ChartView;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A chart of a slot, driven as a browser would: each selection goes to the server as the browser's
 * {@code widget} message, through the same checks.
 */
final class TestChart implements ChartView {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Session session;
    private final String slot;
    private final JsonNode element;

    /** @param element the chart's element: a {@code line_chart} (or kin), or a {@code chart_select} widget */
    TestChart(Session session, String slot, JsonNode element) {
        this.session = session;
        this.slot = slot;
        this.element = element;
    }

    private JsonNode chart() {
        return "chart_select".equals(element.path("t").asText()) ? element.path("chart") : element;
    }

    @Override
    public String kind() {
        return chart().path("t").asText().replace("_chart", "");
    }

    @Override
    public List<String> series() {
        List<String> names = new ArrayList<>();
        chart().path("series").forEach(one -> names.add(one.path("name").asText()));
        return names;
    }

    @Override
    public int points() {
        return chart().path("x").size();
    }

    @Override
    public void click(String series, int index) {
        ChartWidgets.ChartInput input = input();
        TreeSet<Integer> picked = new TreeSet<>(current(input).indices());
        TreeSet<Integer> next = new TreeSet<>();
        switch (input.mode()) {
            case POINT -> {
                if (!picked.contains(index)) {
                    next.add(index);
                }
            }
            case POINTS -> {
                next.addAll(picked);
                if (!next.remove(index)) {
                    next.add(index);
                } else if (input.points().kind() == Chart.Kind.BAR) {
                    // A bar stands for its whole category: taking it away takes the category's rows away.
                    List<Object> x = input.points().x();
                    next.removeIf(
                            i -> i < x.size() && index < x.size() && java.util.Objects.equals(x.get(i), x.get(index)));
                }
            }
            default -> next.add(index); // refused by the server, as a browser's would be
        }
        if (next.isEmpty()) {
            send(JSON.nullNode());
            return;
        }
        ObjectNode value = JSON.objectNode();
        next.forEach(value.putArray("indices")::add);
        send(value.put("series", series));
    }

    @Override
    public void selectPoints(int... indices) {
        ObjectNode value = JSON.objectNode();
        ArrayNode list = value.putArray("indices");
        for (int index : indices) {
            list.add(index);
        }
        send(value);
    }

    @Override
    public void brushX(Object from, Object to) {
        ChartPoints points = input().points();
        ObjectNode value = JSON.objectNode();
        value.set("from", end(points, from));
        value.set("to", end(points, to));
        send(value);
    }

    /** An end of a range as the browser sends it: an x value on a value axis, a category position on a category axis. */
    private static JsonNode end(ChartPoints points, Object end) {
        if (end instanceof Number number && (points.numericX() || end instanceof Integer)) {
            return JSON.numberNode(number.doubleValue());
        }
        String text = String.valueOf(end instanceof Number n ? n.doubleValue() : end);
        int position = points.x().indexOf(text);
        if (position < 0) {
            throw new IllegalArgumentException("The chart has no category '" + end + "'; it has " + points.x() + ".");
        }
        return JSON.numberNode(position);
    }

    @Override
    public void clear() {
        input();
        send(JSON.nullNode());
    }

    private ChartWidgets.ChartInput input() {
        String id = element.path("id").asText(null);
        WidgetSpec widget = id == null ? null : session.snapshot(slot).widgets().get(id);
        if (!(widget instanceof ChartWidgets.ChartInput input)) {
            throw new IllegalStateException("This chart does not select: draw it with .select(ChartSelect...).");
        }
        return input;
    }

    private ChartPick current(ChartWidgets.ChartInput input) {
        SlotSnapshot snapshot = session.snapshot(slot);
        return snapshot.values().get(input.id()) instanceof ChartPick pick && pick.fits(input.points())
                ? pick
                : ChartPick.NONE;
    }

    private void send(JsonNode value) {
        try {
            session.widget(slot, input().id(), value);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
