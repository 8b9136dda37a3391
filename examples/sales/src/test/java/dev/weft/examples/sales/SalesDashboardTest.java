package dev.weft.examples.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The README's harness example, run for real against the sales dashboard. */
@QuarkusTest
class SalesDashboardTest {

    @Inject
    AppTester tester;

    @Test
    void yearFilter_rerunsOnlyWhatDependsOnIt() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("filters").widget("Year").set(2020);
            app.awaitIdle();

            assertEquals(2, app.slot("revenue").runs());
            assertEquals(2, app.slot("margin").runs());
            assertEquals(2, app.slot("revenueByMonth").runs());
            assertTrue(app.slot("revenue").texts().contains("Europe, 2020, in thousands of euros."));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> app.slot("filters").widget("Year").set(1999)); // refused, as from a browser
        }
    }

    @Test
    void sameFilterValue_changesNothingDownstream() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("filters").widget("Region").set("Europe"); // already selected
            app.awaitIdle();
            assertEquals(2, app.slot("filters").runs());
            assertEquals(1, app.slot("orders").runs(), "an equal Filters record stops the propagation");
        }
    }

    @Test
    void filtersAreALink_thatOpensTheSameView_andBackReturns() {
        String link;
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("filters").widget("Region").set("Americas");
            app.awaitIdle();
            link = app.url();
            assertEquals("/?region=Americas", link);
            app.back().awaitIdle();
            assertTrue(app.slot("revenue").texts().contains("Europe, 2025, in thousands of euros."));
        }
        try (AppSession shared = tester.open(link + "&year=2021").awaitIdle()) {
            assertTrue(shared.slot("revenue").texts().contains("Americas, 2021, in thousands of euros."));
            assertEquals(1, shared.slot("revenue").runs(), "the link's filters were there from the first run");
        }
    }
}
