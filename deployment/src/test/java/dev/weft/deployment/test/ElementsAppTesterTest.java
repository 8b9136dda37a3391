package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.TableView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headless harness sees every element: text-like ones in texts(), any by type, tables' rows, toasts, media. */
class ElementsAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class, Shop.Item.class)
                    .addClass(ElementsAppTesterTest.class.getPackageName() + ".ElementsAppTesterTest_Shop_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/shop")
    public static class Shop {

        public record Item(String name, int stock) {}

        @Fragment
        void shop(Ui ui) {
            ui.subheader("Stock");
            ui.caption("as of today");
            ui.code("SELECT 1", "sql");
            ui.info("Restocked");
            ui.metric("Items", "25", "+3");
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                items.add(new Item("item " + i, 25 - i));
            }
            ui.columns(2).get(1).table(items);
            ui.downloadButton("Export", "name,stock\n".getBytes(StandardCharsets.UTF_8), "stock.csv", "text/csv");
            ui.toast("Stock loaded");
        }
    }

    @Test
    void everyElement_isReachable() {
        try (AppSession app = tester.open("/shop").awaitIdle()) {
            var slot = app.slot("shop");
            assertThat(slot.texts()).containsExactly("Stock", "as of today", "SELECT 1", "Restocked");
            assertThat(slot.elements("metric")).singleElement().satisfies(metric -> assertThat(metric)
                    .containsEntry("value", "25")
                    .containsEntry("direction", "up"));
            assertThat(slot.toasts()).containsExactly("Stock loaded");

            TableView table = slot.table(0);
            assertThat(table.columns()).containsExactly("name", "stock");
            assertThat(table.rowCount()).isEqualTo(25);
            assertThat(table.rows().get(24)).containsExactly("item 24", 1);
            assertThat(table.page(0, "stock", false).get(0)).containsExactly("item 24", 1);
            assertThat(table.page(1, null, false)).hasSize(5);
            assertThatThrownBy(() -> table.page(2, null, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pages 0 to 1");
            assertThatThrownBy(() -> table.page(0, "price", false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no column 'price'");
            assertThatThrownBy(() -> slot.table(1)).isInstanceOf(IllegalArgumentException.class);

            Map<String, Object> download = slot.elements("download_button").get(0);
            assertThat(new String(slot.media((String) download.get("url")), StandardCharsets.UTF_8))
                    .isEqualTo("name,stock\n");
            assertThatThrownBy(() -> slot.media("/_weft/media/nope/nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
