package dev.weft.examples.live;

import dev.weft.Reruns;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * Another system places orders over HTTP ({@code POST /orders?product=Tea&quantity=2}); every open
 * tab of the live board then reruns its {@code orders} fragment, and with it the fragments that take
 * its value.
 */
@Path("/orders")
public class OrdersResource {

    @Inject
    OrderBook book;

    @Inject
    Reruns reruns;

    /** Places an order and pushes it to every open board; returns how many boards rerun. */
    @POST
    public int place(@QueryParam("product") String product, @QueryParam("quantity") int quantity) {
        book.place(new OrderBook.Order(product == null ? "Tea" : product, Math.max(1, quantity)));
        return reruns.of(LiveOrders.class).fragment(LiveOrders_Fragments.ORDERS).everywhere();
    }
}
