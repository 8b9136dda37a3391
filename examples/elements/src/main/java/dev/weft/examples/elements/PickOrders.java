package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.Ui;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Selecting rows in a table: the selection is the value the orders fragment returns, so the summary
 * and the detail (which take it) rerun when the user selects, and the stock panel (which does not)
 * never does. The selection follows the orders' ids across pages and sorts.
 */
@App(title = "Pick orders", path = "/pick")
public class PickOrders {

    /** One order. */
    public record Order(int id, String customer, LocalDate day, double amount, String state) {}

    /** The orders the user selected. */
    public record Picked(List<Order> orders) {}

    static final List<Order> ORDERS = orders();

    @Fragment
    Picked orders(Ui ui) {
        ui.title("Pick orders");
        ui.caption("Click rows, or use the arrow keys with Space; Shift selects a range. The selection"
                + " stays while you page and sort.");
        Selection<Order> picked = ui.table(Table.of(ORDERS)
                .label("Orders")
                .key(Order::id)
                .column("amount", Column.number(2))
                .pageSize(10)
                .search()
                .select(TableSelect.ROWS));
        return new Picked(picked.rows());
    }

    @Fragment
    void summary(Ui ui, Picked picked) {
        double total = picked.orders().stream().mapToDouble(Order::amount).sum();
        var columns = ui.columns(2);
        columns.get(0).metric("Selected orders", String.valueOf(picked.orders().size()));
        columns.get(1).metric("Selected amount", String.format(Locale.ROOT, "%,.2f", total));
    }

    @Fragment
    void detail(Ui ui, Picked picked) {
        if (picked.orders().isEmpty()) {
            ui.text("Select orders to see their customers.");
            return;
        }
        ui.text("Customers: "
                + picked.orders().stream()
                        .map(Order::customer)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(", ")));
    }

    /** Units sold in a month, per region. */
    public record Month(String month, int north, int south, int east, int west) {

        /** The units of one region's column. */
        int units(String region) {
            return switch (region) {
                case "north" -> north;
                case "south" -> south;
                case "east" -> east;
                case "west" -> west;
                default -> 0;
            };
        }
    }

    /** The cells the user marked in the regions table, with their rows. */
    public record Marked(List<Selection.Cell> cells, List<Month> months) {}

    static final List<Month> MONTHS = List.of(
            new Month("Jan", 120, 80, 95, 60),
            new Month("Feb", 132, 85, 90, 72),
            new Month("Mar", 101, 91, 99, 81),
            new Month("Apr", 134, 78, 110, 64));

    @Fragment
    Marked regions(Ui ui) {
        Selection<Month> marked = ui.table(
                Table.of(MONTHS).label("Units by region").key(Month::month).select(TableSelect.CELLS));
        return new Marked(marked.cells(), marked.rows());
    }

    @Fragment
    void marked(Ui ui, Marked marked) {
        int units = 0;
        for (Selection.Cell cell : marked.cells()) {
            for (Month month : marked.months()) {
                if (month.month().equals(cell.key())) {
                    units += month.units(cell.column());
                }
            }
        }
        ui.metric("Units in the marked cells", String.valueOf(units));
    }

    /** The regions the user picked, by their columns. */
    public record Regions(List<String> names) {}

    @Fragment
    Regions regionPick(Ui ui) {
        Selection<Month> picked = ui.table(
                Table.of(MONTHS).label("Pick regions").key(Month::month).select(TableSelect.COLUMNS));
        return new Regions(picked.columns());
    }

    @Fragment
    void regionTotal(Ui ui, Regions regions) {
        int units = 0;
        for (String region : regions.names()) {
            for (Month month : MONTHS) {
                units += month.units(region);
            }
        }
        ui.metric("Units in the picked regions", String.valueOf(units));
        ui.caption(regions.names().isEmpty() ? "No region picked." : "Regions: " + String.join(", ", regions.names()));
    }

    @Fragment
    void stock(Ui ui) {
        ui.caption("Stock is not about the selection: this section never reruns when you select.");
    }

    private static List<Order> orders() {
        String[] customers = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"};
        String[] states = {"open", "paid", "shipped", "returned"};
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            long mix = (i * 2654435761L) & 0xFFFFFFFFL;
            orders.add(new Order(
                    1001 + i,
                    customers[(int) (mix % customers.length)],
                    ElementsTour.day((int) (mix % 365)),
                    Math.round((mix % 100_000) / 7.0) / 100.0,
                    states[(int) ((mix >> 4) % states.length)]));
        }
        return List.copyOf(orders);
    }
}
