package dev.weft.it.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An app built without the optional data frame libraries starts and draws tables of its own records;
 * a frame it passes anyway fails in its own slot with the way out.
 */
@QuarkusTest
class CatalogTest {

    @Inject
    AppTester tester;

    @Test
    void withoutFrameLibraries_theAppStartsAndShowsItsRecords() {
        assertThatThrownBy(() -> Class.forName("tech.tablesaw.api.Table")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.dflib.DataFrame")).isInstanceOf(ClassNotFoundException.class);

        try (AppSession app = tester.open("/catalog").awaitIdle()) {
            assertThat(app.slot("table").table(0).rows())
                    .containsExactly(List.of("Tea", 4.5, 12), List.of("Cake", 3.0, 0));
            assertThat(app.slot("table").elements("bar_chart")).hasSize(1);
        }
    }

    @Test
    void aFrameWithoutItsLibrary_failsItsSlotOnly_withTheWayOut() {
        try (AppSession app = tester.open("/catalog").awaitIdle()) {
            assertThat(app.slot("frame").state()).isEqualTo("failed");
            assertThat(String.join("\n", app.slot("frame").texts()))
                    .contains("Weft reads no data frame of type java.lang.StringBuilder");
            assertThat(app.slot("table").state()).isEqualTo("done");
        }
    }
}
