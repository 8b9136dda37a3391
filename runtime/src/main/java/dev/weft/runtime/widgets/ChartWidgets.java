package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.ChartSelect;
import dev.weft.runtime.charts.ChartPick;
import dev.weft.runtime.charts.ChartPicks;
import dev.weft.runtime.charts.ChartPoints;
import dev.weft.runtime.wire.ProtocolException;
import java.util.Locale;

/**
 * Charts the user selects in: a chart drawn with {@code select(...)} is a widget whose value is a
 * {@link ChartPick}. Its client side is {@code widgets/charts.js}.
 */
public final class ChartWidgets {

    private ChartWidgets() {}

    /**
     * A chart that selects.
     *
     * @param mode how the user selects (never {@link ChartSelect#NONE})
     * @param points the points drawn, which every selection is checked against
     * @param chart the chart's element ({@code line_chart}, …), drawn inside the widget
     */
    public record ChartInput(
            String kind,
            String id,
            String label,
            boolean disabled,
            ChartSelect mode,
            ChartPoints points,
            ObjectNode chart)
            implements WidgetSpec {

        @Override
        public Object initial() {
            return ChartPick.NONE;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            try {
                return ChartPicks.accept(points, mode, value);
            } catch (ProtocolException refused) {
                throw WidgetChecks.bad("'" + label + "': " + refused.getMessage());
            }
        }

        @Override
        public boolean allows(Object value) {
            return value instanceof ChartPick pick && pick.fits(points);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put("select", mode.name().toLowerCase(Locale.ROOT));
            node.set("chart", chart);
            node.set("value", ((ChartPick) value).toJson());
        }
    }
}
