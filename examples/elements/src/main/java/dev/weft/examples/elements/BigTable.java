package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of 100,000 rows: the browser gets one page of 20 at a time, sorted on the server. The
 * benchmark of the browser tests measures its first load and a sort.
 */
@App(title = "100,000 orders", path = "/table")
public class BigTable {

    /** How many rows the table has. */
    static final int ROWS = 100_000;

    private static final Map<String, List<?>> ORDERS = orders();

    @Fragment
    void orders(Ui ui) {
        ui.title("100,000 orders");
        ui.caption("Sorted and paged on the server: the page never holds more than one page of rows.");
        ui.table(ORDERS);
    }

    private static Map<String, List<?>> orders() {
        String[] customers = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"};
        String[] states = {"open", "paid", "shipped", "returned"};
        List<Integer> id = new ArrayList<>(ROWS);
        List<String> customer = new ArrayList<>(ROWS);
        List<String> date = new ArrayList<>(ROWS);
        List<Double> amount = new ArrayList<>(ROWS);
        List<Integer> items = new ArrayList<>(ROWS);
        List<String> state = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            long mix = (i * 2654435761L) & 0xFFFFFFFFL;
            id.add(100_000 + i);
            customer.add(customers[(int) (mix % customers.length)]);
            date.add(ElementsTour.day((int) (mix % 365)).toString());
            amount.add(Math.round((mix % 100_000) / 7.0) / 100.0);
            items.add(1 + (int) (mix >> 8) % 12);
            state.add(states[(int) ((mix >> 4) % states.length)]);
        }
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("order", id);
        columns.put("customer", customer);
        columns.put("date", date);
        columns.put("amount", amount);
        columns.put("items", items);
        columns.put("state", state);
        return columns;
    }
}
