{{packageLine}}import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Runs a real session of the app, without a browser: set the slider, see what reran. */
@QuarkusTest
class {{className}}Test {

    @Inject
    AppTester tester;

    @Test
    void movingTheSlider_rerunsTheSquares() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            assertTrue(app.slot("squares").texts().contains("Squares"));

            app.slot("settings").widget("Points").set(10);
            app.awaitIdle();

            assertEquals(2, app.slot("settings").runs()); // the slider's own fragment
            assertEquals(2, app.slot("squares").runs()); // and the one that takes its value
        }
    }
}
