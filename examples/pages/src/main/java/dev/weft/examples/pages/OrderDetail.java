package dev.weft.examples.pages;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** One order: a hidden page, not in the menu, opened by its links. */
@App(title = "Order details", path = "/order", icon = "🔎", hidden = true)
public class OrderDetail {

    @Fragment
    void order(Ui ui) {
        Orders.Order order = Orders.ORDERS.get(0);
        ui.title("Order #" + order.number());
        ui.metric("Total", String.format("€ %,.2f", order.total()));
        ui.text(order.customer() + ", " + order.city() + " — " + order.status());
        ui.pageLink(Orders.class, "All orders", "📦");
    }
}
