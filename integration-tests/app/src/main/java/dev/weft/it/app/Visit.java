package dev.weft.it.app;

import jakarta.enterprise.context.RequestScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** A bean that lives for one request: in Weft, one run of a fragment. */
@RequestScoped
public class Visit {

    private static final AtomicInteger MADE = new AtomicInteger();

    private final int number = MADE.incrementAndGet();

    /** Which visit this is, counted over the application's life. */
    public int number() {
        return number;
    }
}
