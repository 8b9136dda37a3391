package dev.weft.runtime.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.runtime.charts.ChartDrawing;
import dev.weft.runtime.charts.ChartPick;
import dev.weft.runtime.charts.ChartPoints;
import dev.weft.runtime.widgets.ChartWidgets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Charts of rows on a run's canvas: output only, or a widget whose selection is kept while its points stay. */
class ChartCanvasTest {

    record Sale(String region, double amount) {}

    private static final List<Sale> SALES = List.of(new Sale("EU", 10), new Sale("US", 20), new Sale("APAC", 5));

    private static Chart<Sale> chart(List<Sale> sales, ChartSelect select) {
        return Chart.bar(sales)
                .title("Sales")
                .x(Sale::region)
                .y("Amount", Sale::amount)
                .select(select);
    }

    @Test
    void chartThatDoesNotSelect_isAnElementOnly() {
        Canvas canvas = new Canvas(Map.of());
        ChartSelection<Sale> selection = new UiImpl(canvas).chart(chart(SALES, ChartSelect.NONE));

        assertThat(selection).isEqualTo(ChartSelection.none());
        Canvas.Drawing drawing = canvas.seal();
        assertThat(drawing.widgets()).isEmpty();
        assertThat(drawing.elements().get(0).path("t").asText()).isEqualTo("bar_chart");
        assertThat(drawing.elements().get(0).path("title").asText()).isEqualTo("Sales");
    }

    @Test
    void chartThatSelects_isAWidget_showingItsChartAndSelection() {
        Canvas canvas = new Canvas(Map.of());
        new UiImpl(canvas).chart(chart(SALES, ChartSelect.X_RANGE));

        Canvas.Drawing drawing = canvas.seal();
        assertThat(drawing.widgets()).containsOnlyKeys("chart_select:Sales:0");
        assertThat(drawing.widgets().get("chart_select:Sales:0")).isInstanceOf(ChartWidgets.ChartInput.class);
        assertThat(drawing.elements().get(0).toString())
                .startsWith("{\"t\":\"chart_select\",\"id\":\"chart_select:Sales:0\",\"label\":\"Sales\","
                        + "\"disabled\":false,\"select\":\"x_range\",\"chart\":{\"t\":\"bar_chart\"")
                .endsWith("\"value\":null}");
    }

    @Test
    void selection_isKeptWhileThePointsStay_andDroppedWhenTheyChange() throws Exception {
        ChartPoints points = ChartDrawing.points(chart(SALES, ChartSelect.POINT));
        ChartPick pick = new ChartWidgets.ChartInput(
                                        "chart_select",
                                        "chart_select:Sales:0",
                                        "Sales",
                                        false,
                                        ChartSelect.POINT,
                                        points,
                                        null)
                                .accept(JsonNodeFactory.instance
                                        .objectNode()
                                        .put("series", "Amount")
                                        .set(
                                                "indices",
                                                JsonNodeFactory.instance
                                                        .arrayNode()
                                                        .add(1)))
                        instanceof ChartPick accepted
                ? accepted
                : null;

        ChartSelection<Sale> same =
                new UiImpl(new Canvas(Map.of("chart_select:Sales:0", pick))).chart(chart(SALES, ChartSelect.POINT));
        assertThat(same.rows()).containsExactly(SALES.get(1));
        assertThat(same.series()).isEqualTo("Amount");

        ChartSelection<Sale> changed = new UiImpl(new Canvas(Map.of("chart_select:Sales:0", pick)))
                .chart(chart(SALES.subList(0, 2), ChartSelect.POINT));
        assertThat(changed.isEmpty()).isTrue();
    }

    @Test
    void chartThatSelects_isRefusedInAForm() {
        UiImpl ui = new UiImpl(new Canvas(Map.of()));
        assertThatThrownBy(() -> ui.form("f").chart(chart(SALES, ChartSelect.POINT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Draw the chart outside the form");
    }
}
