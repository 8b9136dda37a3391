package dev.weft.examples.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The live board in the harness: an order placed through the resource redraws the count and table of every open board, not the note. */
@QuarkusTest
class LiveOrdersTest {

    @Inject
    AppTester tester;

    @Inject
    OrdersResource orders;

    @Inject
    OrderBook book;

    @Test
    void placedOrder_redrawsTheDependentsOfEveryOpenBoard() {
        AppSession first = tester.open("/").awaitIdle();
        AppSession second = tester.open("/").awaitIdle();
        int noteRuns = first.slot("note").runs();
        int countRuns = first.slot("count").runs();

        int pushed = orders.place("Oolong", 2);

        assertTrue(pushed >= 2, "pushed to both boards: " + pushed);
        for (AppSession board : java.util.List.of(first, second)) {
            board.awaitIdle();
            assertEquals(countRuns + 1, board.slot("count").runs(), "the count takes the pushed orders");
            assertEquals(book.all().size(), board.slot("table").table(0).rowCount());
            assertEquals(noteRuns, board.slot("note").runs(), "the note takes nothing pushed");
            assertTrue(board.slot("table").table(0).rows().stream().anyMatch(row -> row.contains("Oolong")));
        }
        first.close();
        second.close();
    }
}
