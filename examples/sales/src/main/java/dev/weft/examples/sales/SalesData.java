package dev.weft.examples.sales;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Stands for a slow sales database: each query takes a while and returns generated, but stable,
 * figures for the filters it is given.
 */
@ApplicationScoped
public class SalesData {

    static final List<String> REGIONS = List.of("Europe", "Americas", "Asia-Pacific");
    static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** Monthly values of one measure, for one year and region; takes {@code millis} like a real query. */
    List<Double> monthly(String measure, Filters filters, double scale, long millis) throws InterruptedException {
        Thread.sleep(millis);
        Random random = new Random((measure + filters).hashCode());
        List<Double> values = new ArrayList<>(MONTHS.size());
        double value = scale * (0.8 + random.nextDouble() * 0.4);
        for (int month = 0; month < MONTHS.size(); month++) {
            value = Math.max(0, value * (0.93 + random.nextDouble() * 0.16));
            values.add(Math.round(value * 10) / 10.0);
        }
        return values;
    }
}
