package com.acme;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.RowReader;
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

    private static final List<RowReader<?>> ROW_READERS = List.of(
            new Sales_FiltersReader(),
            new Sales_OrdersReader(),
            new Sales_RevenueReader(),
            new Sales_SummaryReader());

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

    @Override
    public List<RowReader<?>> rowReaders() {
        return ROW_READERS;
    }

    /**
     * Reads {@link Sales.Filters} rows.
     */
    private static final class Sales_FiltersReader implements RowReader<Sales.Filters> {
        private static final List<String> NAMES = List.of("region");

        private static final List<Class<?>> TYPES = List.of(String.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(String.class);

        @Override
        public Class<?> type() {
            return Sales.Filters.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Sales.Filters row, int column) {
            return switch (column) {
                case 0 -> row.region();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Filters");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Sales.Filters create(Object[] values) {
            return new Sales.Filters(
                    (String) values[0]);
        }
    }

    /**
     * Reads {@link Sales.Orders} rows.
     */
    private static final class Sales_OrdersReader implements RowReader<Sales.Orders> {
        private static final List<String> NAMES = List.of("count");

        private static final List<Class<?>> TYPES = List.of(Integer.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(int.class);

        @Override
        public Class<?> type() {
            return Sales.Orders.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Sales.Orders row, int column) {
            return switch (column) {
                case 0 -> row.count();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Orders");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Sales.Orders create(Object[] values) {
            return new Sales.Orders(
                    (Integer) values[0]);
        }
    }

    /**
     * Reads {@link Sales.Revenue} rows.
     */
    private static final class Sales_RevenueReader implements RowReader<Sales.Revenue> {
        private static final List<String> NAMES = List.of("total");

        private static final List<Class<?>> TYPES = List.of(Double.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(double.class);

        @Override
        public Class<?> type() {
            return Sales.Revenue.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Sales.Revenue row, int column) {
            return switch (column) {
                case 0 -> row.total();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Revenue");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Sales.Revenue create(Object[] values) {
            return new Sales.Revenue(
                    (Double) values[0]);
        }
    }

    /**
     * Reads {@link Sales.Summary} rows.
     */
    private static final class Sales_SummaryReader implements RowReader<Sales.Summary> {
        private static final List<String> NAMES = List.of("perOrder");

        private static final List<Class<?>> TYPES = List.of(Double.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(double.class);

        @Override
        public Class<?> type() {
            return Sales.Summary.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Sales.Summary row, int column) {
            return switch (column) {
                case 0 -> row.perOrder();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Summary");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Sales.Summary create(Object[] values) {
            return new Sales.Summary(
                    (Double) values[0]);
        }
    }
}
