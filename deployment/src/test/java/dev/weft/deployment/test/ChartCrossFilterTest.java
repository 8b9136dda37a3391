package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.ChartView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cross-filtering through the headless harness: a selection in a chart is a value its fragment
 * returns, so a brush or a click reruns exactly the fragments that take it; every forged selection
 * is refused and changes nothing.
 */
class ChartCrossFilterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class, Sale.class, Regions.class, Days.class, Total.class)
                    .addClass(ChartCrossFilterTest.class.getPackageName() + ".ChartCrossFilterTest_Shop_WeftApp"));

    @Inject
    AppTester tester;

    public record Sale(int day, String region, double amount) {}

    /** The regions clicked in the bar chart; empty for all. */
    public record Regions(List<String> names) {}

    /** The days brushed in the line chart; null ends for all. */
    public record Days(Double from, Double to) {}

    public record Total(String key, double amount) {}

    static final List<Sale> SALES = sales();

    private static List<Sale> sales() {
        List<Sale> sales = new ArrayList<>();
        String[] regions = {"EU", "US", "APAC"};
        for (int day = 1; day <= 12; day++) {
            sales.add(new Sale(day, regions[day % 3], 10.0 * day));
        }
        return sales;
    }

    @App(path = "/cross-filter")
    public static class Shop {

        @Fragment
        Regions regions(Ui ui) {
            Map<String, Double> totals = SALES.stream()
                    .collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summingDouble(Sale::amount)));
            List<Total> rows = totals.entrySet().stream()
                    .map(e -> new Total(e.getKey(), e.getValue()))
                    .toList();
            ChartSelection<Total> picked = ui.chart(Chart.bar(rows)
                    .title("Sales by region")
                    .x("Region", Total::key)
                    .y("Sales", Total::amount, "#4f46e5")
                    .select(ChartSelect.POINT));
            return new Regions(picked.rows().stream().map(Total::key).toList());
        }

        @Fragment
        Days days(Ui ui) {
            ui.checkbox("Smooth", false); // reruns the chart over the same points
            ChartSelection<Sale> brushed = ui.chart(Chart.line(SALES)
                    .title("Sales by day")
                    .x("Day", Sale::day)
                    .y("Sales", Sale::amount)
                    .select(ChartSelect.X_RANGE));
            return brushed.isEmpty() ? new Days(null, null) : new Days((Double) brushed.from(), (Double) brushed.to());
        }

        @Fragment(parallel = true)
        void table(Ui ui, Regions regions, Days days) {
            List<Sale> rows = SALES.stream()
                    .filter(s -> regions.names().isEmpty() || regions.names().contains(s.region()))
                    .filter(s -> days.from() == null || s.day() >= days.from() && s.day() <= days.to())
                    .toList();
            ui.text("days " + rows.stream().map(s -> String.valueOf(s.day())).collect(Collectors.joining(",")));
        }

        @Fragment(parallel = true)
        void regionNote(Ui ui, Regions regions) {
            ui.text("regions " + regions.names());
        }

        @Fragment(parallel = true)
        void independent(Ui ui) {
            ui.text("independent");
        }
    }

    private static final List<String> FRAGMENTS = List.of("regions", "days", "table", "regionNote", "independent");

    private static Map<String, Integer> runs(AppSession app) {
        Map<String, Integer> runs = new TreeMap<>();
        FRAGMENTS.forEach(f -> runs.put(f, app.slot(f).runs()));
        return runs;
    }

    @Test
    void charts_showTheirKindSeriesAndPoints() {
        try (AppSession app = tester.open("/cross-filter").awaitIdle()) {
            ChartView bars = app.slot("regions").chart(0);
            assertThat(bars.kind()).isEqualTo("bar");
            assertThat(bars.series()).containsExactly("Sales");
            assertThat(bars.points()).isEqualTo(3);
            assertThat(app.slot("days").chart(0).kind()).isEqualTo("line");
            assertThat(app.slot("days").chart(0).points()).isEqualTo(12);
            assertThatThrownBy(() -> app.slot("days").chart(1)).hasMessageContaining("no chart 1");
        }
    }

    @Test
    void brushingARange_rerunsExactlyItsDependents() {
        try (AppSession app = tester.open("/cross-filter").awaitIdle()) {
            app.slot("days").chart(0).brushX(3.5, 6.2);
            app.awaitIdle();

            assertThat(app.slot("table").texts()).containsExactly("days 4,5,6");
            assertThat(runs(app))
                    .isEqualTo(Map.of("regions", 1, "days", 2, "table", 2, "regionNote", 1, "independent", 1));
        }
    }

    @Test
    void clickingABar_filtersTheTable_andCombinesWithTheBrush() {
        try (AppSession app = tester.open("/cross-filter").awaitIdle()) {
            app.slot("days").chart(0).brushX(1, 6);
            app.awaitIdle();
            app.slot("regions").chart(0).click("Sales", 1); // categories sorted: APAC, EU, US
            app.awaitIdle();

            assertThat(app.slot("table").texts()).containsExactly("days 3,6");
            assertThat(app.slot("regionNote").texts()).containsExactly("regions [EU]");
            assertThat(runs(app))
                    .isEqualTo(Map.of("regions", 2, "days", 2, "table", 3, "regionNote", 2, "independent", 1));

            app.slot("regions").chart(0).click("Sales", 1); // again: clears
            app.awaitIdle();
            assertThat(app.slot("regionNote").texts()).containsExactly("regions []");
            app.slot("days").chart(0).clear();
            app.awaitIdle();
            assertThat(app.slot("table").texts()).containsExactly("days 1,2,3,4,5,6,7,8,9,10,11,12");
        }
    }

    @Test
    void rerunOverTheSamePoints_keepsTheSelection_soDependentsStay() {
        try (AppSession app = tester.open("/cross-filter").awaitIdle()) {
            app.slot("days").chart(0).brushX(2, 3);
            app.awaitIdle();
            app.slot("days").widget("Smooth").set(true);
            app.awaitIdle();

            assertThat(app.slot("days").runs()).isEqualTo(3);
            assertThat(app.slot("table").runs())
                    .as("the brushed range was kept")
                    .isEqualTo(2);
            assertThat(app.slot("table").texts()).containsExactly("days 2,3");
        }
    }

    @Test
    void forgedSelections_areRefused_andChangeNothing() {
        try (AppSession app = tester.open("/cross-filter").awaitIdle()) {
            ChartView days = app.slot("days").chart(0);
            ChartView bars = app.slot("regions").chart(0);
            assertThatThrownBy(() -> days.brushX(6, 3)).hasMessageContaining("from its low end to its high end");
            assertThatThrownBy(() -> days.brushX(Double.NaN, 3)).hasMessageContaining("a finite number");
            assertThatThrownBy(() -> days.selectPoints(1, 2))
                    .hasMessageContaining("'Sales by day'")
                    .hasMessageContaining("not 'indices'");
            assertThatThrownBy(() -> bars.click("Profit", 0)).hasMessageContaining("one of [Sales]");
            assertThatThrownBy(() -> bars.click("Sales", 3)).hasMessageContaining("it has no row 3");
            assertThatThrownBy(() -> bars.brushX(0, 1)).hasMessageContaining("not 'from'");
            app.awaitIdle();

            assertThat(runs(app))
                    .isEqualTo(Map.of("regions", 1, "days", 1, "table", 1, "regionNote", 1, "independent", 1));
            assertThat(app.slot("table").texts()).containsExactly("days 1,2,3,4,5,6,7,8,9,10,11,12");
        }
    }
}
