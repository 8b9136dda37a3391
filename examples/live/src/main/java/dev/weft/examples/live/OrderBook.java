package dev.weft.examples.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The orders placed so far: a stand-in for a table that other services write to. */
@ApplicationScoped
public class OrderBook {

    /** One order. */
    public record Order(String product, int quantity) {}

    private final List<Order> orders = new ArrayList<>();

    /** Adds an order. */
    public synchronized void place(Order order) {
        orders.add(order);
    }

    /** Every order, oldest first. */
    public synchronized List<Order> all() {
        return List.copyOf(orders);
    }
}
