package dev.weft.examples.live;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.OnRerun;
import dev.weft.Reruns;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A board of orders that redraws when the server says so: {@link OrdersResource} pushes a rerun of
 * {@link #orders} to every open tab; the count and the table take its value and redraw, while the
 * note, which takes nothing, never reruns.
 */
@App(title = "Live orders", path = "/")
public class LiveOrders {

    @Inject
    OrderBook book;

    @Inject
    Reruns reruns;

    int noteRuns;

    /** The orders, read again at each push: the source of the sections below. */
    @Fragment
    List<OrderBook.Order> orders() {
        return book.all();
    }

    @Fragment(parallel = true)
    void count(Ui ui, List<OrderBook.Order> orders) {
        ui.metric("Orders", String.valueOf(orders.size()));
    }

    @Fragment(parallel = true)
    void table(Ui ui, List<OrderBook.Order> orders) {
        ui.table(orders);
    }

    @Fragment
    void note(Ui ui) {
        noteRuns++;
        ui.caption("Place an order: curl -X POST 'localhost:8080/orders?product=Tea&quantity=2'. This note has run "
                + noteRuns + (noteRuns == 1 ? " time." : " times."));
    }

    /** A job a user starts: each click runs one more beside those still going, at most two at once. */
    @Fragment(onRerun = OnRerun.BESIDE, maxBeside = 2)
    void restock(Ui ui) throws InterruptedException {
        if (ui.button("Restock")) {
            ui.text("Restocking…");
            Thread.sleep(1_000);
            book.place(new OrderBook.Order("Restock", 0));
            reruns.of(LiveOrders.class).fragment(LiveOrders_Fragments.ORDERS).everywhere();
        }
    }
}
