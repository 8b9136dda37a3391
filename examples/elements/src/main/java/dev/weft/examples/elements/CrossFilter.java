package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cross-filtering: a click on a bar picks a category, a brush on the line picks a range of days; each
 * is a value its fragment returns, so the table and the notes that take it rerun, and nothing else.
 */
@App(title = "Cross-filter", path = "/cross-filter")
public class CrossFilter {

    /** One order of a month's shop. */
    public record Order(int id, int day, String category, double amount) {}

    /** A category's total, one bar. */
    public record CategoryTotal(String category, double amount) {}

    /** A day's total, one point of the line. */
    public record DayTotal(int day, double amount) {}

    /** The category clicked, or null for all. */
    public record Category(String name) {}

    /** The brushed days (both ends included), or nulls for the whole month. */
    public record Days(Integer from, Integer to) {

        boolean contains(int day) {
            return from == null || day >= from && day <= to;
        }
    }

    static final List<String> CATEGORIES = List.of("Garden", "Kitchen", "Tools", "Toys");

    static final List<Order> ORDERS = orders();

    private static List<Order> orders() {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int day = 1 + (i * 7) % 30;
            String category = CATEGORIES.get(i % CATEGORIES.size());
            double amount = 12 + (i * 37 % 88) + day;
            orders.add(new Order(1001 + i, day, category, amount));
        }
        return orders;
    }

    @Fragment
    void intro(Ui ui) {
        ui.title("Cross-filter");
        ui.markdown("Click a bar to pick a category; drag across the line to pick days. The table follows"
                + " both, and only what takes a selection reruns.");
    }

    @Fragment
    Category categories(Ui ui) {
        Map<String, Double> totals = ORDERS.stream()
                .collect(Collectors.groupingBy(Order::category, TreeMap::new, Collectors.summingDouble(Order::amount)));
        List<CategoryTotal> bars = totals.entrySet().stream()
                .map(e -> new CategoryTotal(e.getKey(), e.getValue()))
                .toList();
        ChartSelection<CategoryTotal> picked = ui.chart(Chart.bar(bars)
                .title("Sales by category")
                .x("Category", CategoryTotal::category)
                .y("Sales", CategoryTotal::amount, "#0f766e")
                .yTitle("€")
                .height(260)
                .select(ChartSelect.POINT));
        return new Category(picked.row().map(CategoryTotal::category).orElse(null));
    }

    @Fragment
    Days days(Ui ui) {
        Map<Integer, Double> totals = ORDERS.stream()
                .collect(Collectors.groupingBy(Order::day, TreeMap::new, Collectors.summingDouble(Order::amount)));
        List<DayTotal> points = totals.entrySet().stream()
                .map(e -> new DayTotal(e.getKey(), e.getValue()))
                .toList();
        ChartSelection<DayTotal> brushed = ui.chart(Chart.line(points)
                .title("Sales by day")
                .x("Day of the month", DayTotal::day)
                .y("Sales", DayTotal::amount, "#d9534f")
                .yTitle("€")
                .height(260)
                .select(ChartSelect.X_RANGE));
        if (brushed.rows().isEmpty()) {
            return new Days(null, null);
        }
        return new Days(
                brushed.rows().getFirst().day(), brushed.rows().getLast().day());
    }

    @Fragment(parallel = true)
    void orders(Ui ui, Category category, Days days) {
        List<Order> rows = ORDERS.stream()
                .filter(o -> category.name() == null || o.category().equals(category.name()))
                .filter(o -> days.contains(o.day()))
                .toList();
        ui.subheader("Orders");
        ui.caption(String.format(
                Locale.ROOT,
                "%d orders, %.0f € · %s · %s",
                rows.size(),
                rows.stream().mapToDouble(Order::amount).sum(),
                category.name() == null ? "every category" : category.name(),
                days.from() == null ? "the whole month" : "days " + days.from() + "–" + days.to()));
        ui.table(Table.of(rows).label("Orders").pageSize(10));
    }

    @Fragment(parallel = true)
    void categoryNote(Ui ui, Category category) {
        ui.caption(
                category.name() == null
                        ? "No category picked."
                        : "Picked: " + category.name() + ". Click the bar again to clear.");
    }
}
