package dev.weft.examples.pages;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.PageLayout;
import dev.weft.Ui;
import java.util.List;

/** The orders, on a wide page: the table takes the whole width of the window. */
@App(title = "Orders", path = "/orders", icon = "📦", section = "Sales", layout = PageLayout.WIDE)
public class Orders {

    /** One order. */
    public record Order(int number, String customer, String city, String status, double total) {}

    static final List<Order> ORDERS = List.of(
            new Order(1042, "Ada Lovelace", "London", "Shipped", 1280.50),
            new Order(1043, "Grace Hopper", "Arlington", "Packing", 342.00),
            new Order(1044, "Katherine Johnson", "Hampton", "Shipped", 89.90),
            new Order(1045, "Hedy Lamarr", "Vienna", "Cancelled", 455.25),
            new Order(1046, "Margaret Hamilton", "Boston", "Delivered", 2210.00));

    @Fragment
    void orders(Ui ui) {
        ui.title("Orders");
        ui.caption("A wide page: @App(layout = PageLayout.WIDE).");
        ui.table(ORDERS);
        ui.pageLink(OrderDetail.class, "Details of order #1042", "🔎");
    }
}
