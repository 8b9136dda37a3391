package dev.weft.runtime.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every selection a browser may send for a chart, checked against the points the server drew. */
class ChartPicksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Day(LocalDate date, String region, double sales, Double returns) {}

    record Reading(double t, double value) {}

    private static final List<Day> DAYS = List.of(
            new Day(LocalDate.of(2026, 1, 1), "EU", 10, 1.0),
            new Day(LocalDate.of(2026, 1, 2), "US", 20, null),
            new Day(LocalDate.of(2026, 1, 3), "EU", 30, 3.0),
            new Day(LocalDate.of(2026, 1, 4), "APAC", 40, 4.0));

    private static final List<Reading> READINGS =
            List.of(new Reading(0.5, 1), new Reading(1.5, 2), new Reading(2.5, 3), new Reading(3.5, 4));

    private static ChartPoints bars() {
        return ChartDrawing.points(byRegion());
    }

    private static Chart<Day> byRegion() {
        return Chart.bar(DAYS).x("Region", Day::region).y("Sales", Day::sales).y("Returns", Day::returns);
    }

    private static Chart<Reading> readings() {
        return Chart.scatter(READINGS).x(Reading::t).y("Value", Reading::value);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static ChartPick accept(ChartPoints points, ChartSelect mode, String value) throws Exception {
        return ChartPicks.accept(points, mode, json(value));
    }

    @Test
    void element_carriesLabelsColoursHeightAndStacking() {
        Chart<Day> chart = Chart.area(DAYS)
                .title("Sales by day")
                .x("Day", Day::date)
                .y("Sales", Day::sales, "#d9534f")
                .y("Returns", Day::returns)
                .yTitle("EUR")
                .height(240)
                .stacked();

        JsonNode element = ChartDrawing.element(chart, ChartDrawing.points(chart));

        assertThat(element.path("t").asText()).isEqualTo("area_chart");
        assertThat(element.path("title").asText()).isEqualTo("Sales by day");
        assertThat(element.path("xTitle").asText()).isEqualTo("Day");
        assertThat(element.path("yTitle").asText()).isEqualTo("EUR");
        assertThat(element.path("height").asInt()).isEqualTo(240);
        assertThat(element.path("stacked").asBoolean()).isTrue();
        assertThat(element.path("x").toString())
                .isEqualTo("[\"2026-01-01\",\"2026-01-02\",\"2026-01-03\",\"2026-01-04\"]");
        assertThat(element.path("series").get(0).path("color").asText()).isEqualTo("#d9534f");
        assertThat(element.path("series").get(1).has("color")).isFalse();
        assertThat(element.path("series").get(1).path("data").toString()).isEqualTo("[1.0,null,3.0,4.0]");
    }

    @Test
    void numbers_makeAValueAxis_butBarsStandOnCategories() {
        assertThat(ChartDrawing.points(readings()).numericX()).isTrue();
        assertThat(ChartDrawing.points(Chart.bar(READINGS).x(Reading::t).y("Value", Reading::value))
                        .numericX())
                .isFalse();
        assertThat(ChartDrawing.points(Chart.line(READINGS).y("Value", Reading::value))
                        .x())
                .as("without an x getter, rows are plotted against their positions")
                .containsExactly(0.0, 1.0, 2.0, 3.0);
    }

    @Test
    void chartWithoutSeries_orGetterThatThrows_isRefusedWhenDrawn() {
        assertThatThrownBy(() -> ChartDrawing.points(Chart.line(DAYS).x(Day::date)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one series");
        Chart<Day> broken = Chart.line(DAYS).y("Boom", day -> {
            if (day.sales() > 25) {
                throw new IllegalStateException("no data");
            }
            return day.sales();
        });
        assertThatThrownBy(() -> ChartDrawing.points(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'Boom'")
                .hasMessageContaining("row 2");
    }

    @Test
    void clickOnABar_selectsEveryRowOfItsCategory() throws Exception {
        ChartPick pick = accept(bars(), ChartSelect.POINT, "{\"indices\":[0],\"series\":\"Sales\"}");

        ChartSelection<Day> selection = ChartDrawing.selection(byRegion(), pick);
        assertThat(selection.indices()).containsExactly(0, 2);
        assertThat(selection.rows()).containsExactly(DAYS.get(0), DAYS.get(2));
        assertThat(selection.series()).isEqualTo("Sales");
        assertThat(selection.from()).isNull();
    }

    @Test
    void brushedRange_selectsTheRowsInside_byTheServersOwnCount() throws Exception {
        ChartPick pick = accept(ChartDrawing.points(readings()), ChartSelect.X_RANGE, "{\"from\":1,\"to\":3}");

        ChartSelection<Reading> selection = ChartDrawing.selection(readings(), pick);
        assertThat(selection.rows()).containsExactly(READINGS.get(1), READINGS.get(2));
        assertThat(selection.from()).isEqualTo(1.0);
        assertThat(selection.to()).isEqualTo(3.0);
    }

    @Test
    void brushedCategories_giveTheXValuesOfTheirEnds() throws Exception {
        Chart<Day> chart = Chart.bar(DAYS).x(Day::date).y("Sales", Day::sales);
        ChartPick pick = accept(ChartDrawing.points(chart), ChartSelect.X_RANGE, "{\"from\":1,\"to\":2}");

        ChartSelection<Day> selection = ChartDrawing.selection(chart, pick);
        assertThat(selection.rows()).containsExactly(DAYS.get(1), DAYS.get(2));
        assertThat(selection.from()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(selection.to()).isEqualTo(LocalDate.of(2026, 1, 3));
    }

    @Test
    void boxAndLasso_takeTheListedRows_sorted() throws Exception {
        ChartPick pick = accept(bars(), ChartSelect.LASSO, "{\"indices\":[3,1]}");
        assertThat(pick.indices()).containsExactly(1, 3);
    }

    @Test
    void pointsMode_addsUpClicks() throws Exception {
        ChartPick pick =
                accept(ChartDrawing.points(readings()), ChartSelect.POINTS, "{\"indices\":[0,3],\"series\":\"Value\"}");
        assertThat(pick.indices()).containsExactly(0, 3);
    }

    @Test
    void nullOrEmpty_clearsTheSelection() throws Exception {
        assertThat(accept(bars(), ChartSelect.POINT, "null")).isEqualTo(ChartPick.NONE);
        assertThat(accept(bars(), ChartSelect.X_RANGE, "{}")).isEqualTo(ChartPick.NONE);
        assertThat(accept(bars(), ChartSelect.POINTS, "{\"indices\":[]}")).isEqualTo(ChartPick.NONE);
        assertThat(ChartDrawing.selection(byRegion(), ChartPick.NONE)).isEqualTo(ChartSelection.none());
    }

    @Test
    void forgedSelections_areRefusedWithAClearMessage() {
        ChartPoints bars = bars();
        ChartPoints scatter = ChartDrawing.points(readings());
        refused(
                bars,
                ChartSelect.POINT,
                "{\"indices\":[4],\"series\":\"Sales\"}",
                "plots rows 0 to 3; it has no row 4");
        refused(bars, ChartSelect.POINT, "{\"indices\":[-1],\"series\":\"Sales\"}", "it has no row -1");
        refused(bars, ChartSelect.POINT, "{\"indices\":[1.5],\"series\":\"Sales\"}", "a whole number, not 1.5");
        refused(bars, ChartSelect.POINT, "{\"indices\":[\"1\"],\"series\":\"Sales\"}", "a whole number");
        refused(bars, ChartSelect.POINT, "{\"indices\":[9999999999],\"series\":\"Sales\"}", "a whole number");
        refused(bars, ChartSelect.POINT, "{\"indices\":[0,1],\"series\":\"Sales\"}", "at most 1 point");
        refused(bars, ChartSelect.POINT, "{\"indices\":[0],\"series\":\"Profit\"}", "one of [Sales, Returns]");
        refused(bars, ChartSelect.POINT, "{\"indices\":[0]}", "names the series it hit");
        refused(bars, ChartSelect.POINT, "{\"from\":0,\"to\":1}", "fields [indices, series], not 'from'");
        refused(bars, ChartSelect.POINTS, "{\"indices\":[1,1],\"series\":\"Sales\"}", "Row 1 is selected twice");
        refused(bars, ChartSelect.POINTS, "{\"indices\":[0,1,2,3,0],\"series\":\"Sales\"}", "at most 4 points");
        refused(bars, ChartSelect.BOX, "{\"indices\":3}", "an array");
        refused(bars, ChartSelect.BOX, "[1,2]", "an object or null, not an array");
        refused(bars, ChartSelect.LASSO, "\"all\"", "not text");
        refused(scatter, ChartSelect.X_RANGE, "{\"from\":3,\"to\":1}", "from its low end to its high end");
        refused(scatter, ChartSelect.X_RANGE, "{\"from\":1e400,\"to\":2}", "a finite number");
        refused(scatter, ChartSelect.X_RANGE, "{\"from\":\"a\",\"to\":2}", "a finite number");
        refused(scatter, ChartSelect.X_RANGE, "{\"to\":2}", "needs 'from'");
        refused(bars, ChartSelect.X_RANGE, "{\"from\":0.5,\"to\":2}", "whole numbers from 0 to 3");
        refused(bars, ChartSelect.X_RANGE, "{\"from\":0,\"to\":4}", "whole numbers from 0 to 3");
        refused(bars, ChartSelect.NONE, "null", "does not select");
    }

    private static void refused(ChartPoints points, ChartSelect mode, String value, String message) {
        assertThatThrownBy(() -> accept(points, mode, value))
                .as(mode + " " + value)
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_VALUE))
                .hasMessageContaining(message);
    }

    @Test
    void selection_isKeptOnlyWhileTheChartPlotsTheSamePoints() throws Exception {
        ChartPick pick = accept(bars(), ChartSelect.POINT, "{\"indices\":[1],\"series\":\"Sales\"}");

        assertThat(pick.fits(bars())).as("a rerun drawing the same rows").isTrue();
        assertThat(pick.fits(ChartDrawing.points(Chart.bar(DAYS.subList(0, 3))
                        .x("Region", Day::region)
                        .y("Sales", Day::sales)
                        .y("Returns", Day::returns))))
                .as("the rows changed")
                .isFalse();
        assertThat(ChartPick.NONE.fits(bars())).isTrue();
    }

    @Test
    void selection_isShownToTheBrowserAsItWasSent() throws Exception {
        assertThat(accept(bars(), ChartSelect.POINT, "{\"indices\":[0],\"series\":\"Sales\"}")
                        .toJson()
                        .toString())
                .isEqualTo("{\"indices\":[0,2],\"series\":\"Sales\"}");
        assertThat(accept(bars(), ChartSelect.X_RANGE, "{\"from\":1,\"to\":2}")
                        .toJson()
                        .toString())
                .isEqualTo("{\"from\":1,\"to\":2}");
        assertThat(ChartPick.NONE.toJson().isNull()).isTrue();
    }
}
