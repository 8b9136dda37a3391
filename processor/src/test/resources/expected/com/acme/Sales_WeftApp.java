package com.acme;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Sales}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Sales"
)
final class Sales_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("filters", false, true, true, List.of(), 0L, Area.SIDEBAR, null, false),
            new FragmentDefinition("products", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("year", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("revenue", true, true, true, List.of(0, 1), 10000L, Area.MAIN, null, false),
            new FragmentDefinition("orders", true, true, true, List.of(0, 2), 60000L, Area.MAIN, null, false),
            new FragmentDefinition("report", false, true, false, List.of(3, 4), 0L, Area.MAIN, null, false),
            new FragmentDefinition("summary", false, false, true, List.of(3, 4), 0L, Area.MAIN, null, false),
            new FragmentDefinition("chart", false, true, false, List.of(6), 0L, Area.MAIN, null, false),
            new FragmentDefinition("table", false, true, false, List.of(6), 0L, Area.MAIN, null, false),
            new FragmentDefinition("title", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("region", false, false, true, List.of(0), 0L, Area.MAIN, null, false),
            new FragmentDefinition("header", false, true, false, List.of(10), 0L, Area.MAIN, null, false));

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Sales_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Sales.class;
    }

    @Override
    public String title() {
        return "Sales";
    }

    @Override
    public String path() {
        return "/sales";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Sales target = (Sales) app;
        switch (fragment) {
            case 0:
                return target.filters(ui);
            case 1:
                return target.products();
            case 2:
                return target.year();
            case 3:
                return target.revenue(ui, (Sales.Filters) inputs[0], (List<String>) inputs[1]);
            case 4:
                return target.orders((Sales.Filters) inputs[0], ui, (Integer) inputs[1]);
            case 5:
                target.report(ui, (Sales.Revenue) inputs[0], (Sales.Orders) inputs[1]);
                return null;
            case 6:
                return target.summary((Sales.Revenue) inputs[0], (Sales.Orders) inputs[1]);
            case 7:
                target.chart(ui, (Sales.Summary) inputs[0]);
                return null;
            case 8:
                target.table((Sales.Summary) inputs[0], ui);
                return null;
            case 9:
                return target.title();
            case 10:
                return target.region((Sales.Filters) inputs[0]);
            case 11:
                target.header(ui, (String) inputs[0]);
                return null;
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Sales");
        }
    }
}
