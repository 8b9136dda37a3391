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
