package dev.weft.examples.sales;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sales dashboard: moving a filter reruns only the sections that take the filters, in parallel;
 * the live panel never reruns on a filter change.
 */
@App(title = "Sales", path = "/")
public class SalesDashboard {

    @Inject
    SalesData data;

    /**
     * The filters, in the sidebar: every fragment that takes a {@link Filters} depends on this one.
     * Both are bound to the page's URL ({@code /?year=2022&region=Americas}), so a view is a link to
     * share, and back and forward step through the filters picked.
     */
    @Fragment(area = Area.SIDEBAR)
    Filters filters(Ui ui) {
        ui.header("Filters");
        int year = ui.queryParam("year").slider("Year", 2018, 2025, 2025);
        String region = ui.queryParam("region").selectbox("Region", SalesData.REGIONS);
        return new Filters(year, region);
    }

    /** The page's title: no inputs, so it runs once per session. */
    @Fragment
    void intro(Ui ui) {
        ui.title("Sales");
        ui.markdown("Revenue, orders and margin for the year and region picked in the sidebar. Changing a filter"
                + " reruns only the sections that depend on it; the live panel keeps its own 5 s timer.");
    }

    /** A computed value shared by two sections: it draws nothing. */
    @Fragment(parallel = true)
    List<Double> revenueByMonth(Filters filters) throws InterruptedException {
        return data.monthly("revenue", filters, 120, 800);
    }

    @Fragment(parallel = true)
    void revenue(Ui ui, Filters filters, List<Double> revenueByMonth) {
        ui.header("Revenue");
        ui.text(filters.region() + ", " + filters.year() + ", in thousands of euros.");
        ui.lineChart(SalesData.MONTHS, Map.of("Revenue", revenueByMonth));
    }

    @Fragment(parallel = true)
    void orders(Ui ui, Filters filters) throws InterruptedException {
        List<Double> orders = data.monthly("orders", filters, 900, 1_000);
        ui.header("Orders");
        ui.text("Orders per month, " + filters.region() + ", " + filters.year() + ".");
        ui.lineChart(SalesData.MONTHS, Map.of("Orders", orders));
    }

    @Fragment(parallel = true)
    void margin(Ui ui, Filters filters, List<Double> revenueByMonth) throws InterruptedException {
        List<Double> costs = data.monthly("costs", filters, 90, 600);
        double revenue =
                revenueByMonth.stream().mapToDouble(Double::doubleValue).sum();
        double cost = costs.stream().mapToDouble(Double::doubleValue).sum();
        ui.header("Margin");
        ui.markdown(String.format(
                "Gross margin **%.1f %%** on revenue of **%.0f k€** (%s, %d).",
                100 * (revenue - cost) / revenue, revenue, filters.region(), filters.year()));
        Map<String, List<Double>> series = new LinkedHashMap<>(); // series are drawn in map order
        series.put("Revenue", revenueByMonth);
        series.put("Costs", costs);
        ui.lineChart(SalesData.MONTHS, series);
    }

    /** No inputs: it reruns every 5 s on its own timer and never on a filter change. */
    @Fragment(parallel = true, runEvery = "5s")
    void liveOrders(Ui ui) {
        ui.header("Live orders");
        ui.text("Last refreshed at " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                + "; this panel ignores the filters.");
    }
}
