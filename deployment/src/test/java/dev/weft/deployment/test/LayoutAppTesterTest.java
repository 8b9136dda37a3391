package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headless harness sees into containers: texts and widgets anywhere in the tree, elements as a tree. */
class LayoutAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Report.class)
            .addClass(LayoutAppTesterTest.class.getPackageName() + ".LayoutAppTesterTest_Report_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/report")
    public static class Report {

        @Fragment
        void report(Ui ui) {
            ui.title("Report");
            List<Ui> columns = ui.columns(3);
            Ui tab = columns.get(1).tabs("Summary", "Settings").get(1);
            String unit = tab.expander("Advanced").selectbox("Unit", List.of("k€", "M€"));
            columns.get(0).header("Revenue");
            columns.get(2).text("in " + unit);
            Ui status = ui.empty();
            status.text("loading");
            status.text("ready");
        }
    }

    @Test
    void nestedContainers_textsInPageOrder_widgetsByLabel_elementsAsATree() {
        try (AppSession app = tester.open("/report").awaitIdle()) {
            assertThat(app.slot("report").texts()).containsExactly("Report", "Revenue", "in k€", "ready");

            app.slot("report").widget("Unit").set("M€");
            app.awaitIdle();
            assertThat(app.slot("report").texts()).contains("in M€");
            assertThat(app.slot("report").widget("Unit").value()).isEqualTo("M€");
            assertThatThrownBy(() -> app.slot("report").widget("Unit").set("£"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Unit");

            List<Map<String, Object>> elements = app.slot("report").elements();
            assertThat(elements).extracting(e -> e.get("t")).containsExactly("title", "columns", "empty");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns =
                    (List<Map<String, Object>>) elements.get(1).get("children");
            assertThat(columns).hasSize(3).allSatisfy(column -> assertThat(column.get("t"))
                    .isEqualTo("column"));
            assertThat(columns.get(0).get("children").toString()).contains("Revenue");
        }
    }
}
