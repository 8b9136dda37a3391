package dev.weft.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An application-scoped service the app injects, as a user's repository would be. */
@ApplicationScoped
public class Stock {

    List<Integer> levels() throws InterruptedException {
        Thread.sleep(100);
        return List.of(12, 9, 15, 7);
    }
}
