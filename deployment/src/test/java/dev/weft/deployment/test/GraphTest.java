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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scoped reruns along the dependency graph, observed through the headless test harness. */
class GraphTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Sales.class, Filters.class)
                    .addClass(GraphTest.class.getPackageName() + ".GraphTest_Sales_WeftApp"));

    @Inject
    AppTester tester;

    /** The sidebar's value: what the other fragments take as input. */
    public record Filters(int year, String region) {}

    @App(path = "/graph")
    public static class Sales {

        @Fragment
        Filters filters(Ui ui) {
            int year = ui.slider("Year", 2015, 2025, 2024);
            String region = ui.selectbox("Region", List.of("EU", "US", "APAC"));
            return new Filters(year, region);
        }

        @Fragment(parallel = true)
        void revenue(Ui ui, Filters filters) throws InterruptedException {
            Thread.sleep(50);
            if (filters.year() == 2016) {
                throw new IllegalStateException("No data for 2016");
            }
            ui.text("revenue " + filters.year() + " " + filters.region());
        }

        @Fragment(parallel = true)
        long total(Filters filters) {
            return filters.year() * 10L;
        }

        @Fragment(parallel = true)
        void report(Ui ui, long total) {
            ui.text("total " + total);
        }

        @Fragment(parallel = true)
        void independent(Ui ui) {
            ui.text("independent");
        }

        @Fragment
        String mode(Ui ui) {
            ui.checkbox("Verbose", false);
            return "fixed"; // the checkbox reruns this fragment, but its result never changes
        }

        @Fragment(parallel = true)
        void usesMode(Ui ui, String mode) {
            ui.text("mode " + mode);
        }

        @Fragment
        void clicks(Ui ui) {
            ui.text(ui.button("Go") ? "clicked" : "idle");
        }
    }

    @Test
    void firstLoad_runsEveryFragmentOnce() {
        try (AppSession app = tester.open("/graph").awaitIdle()) {
            for (String fragment :
                    List.of("filters", "revenue", "total", "report", "independent", "mode", "usesMode")) {
                assertThat(app.slot(fragment).runs()).as(fragment).isEqualTo(1);
                assertThat(app.slot(fragment).state()).as(fragment).isEqualTo("done");
            }
            assertThat(app.slot("report").texts()).containsExactly("total 20240");
        }
    }

    @Test
    void widgetChange_rerunsItsFragmentAndExactlyItsDependents() {
        try (AppSession app = tester.open("/graph").awaitIdle()) {
            app.slot("filters").widget("Year").set(2020);
            app.awaitIdle();

            assertThat(runs(app))
                    .isEqualTo(Map.of(
                            "filters",
                            2,
                            "revenue",
                            2,
                            "total",
                            2,
                            "report",
                            2,
                            "independent",
                            1,
                            "mode",
                            1,
                            "usesMode",
                            1));
            assertThat(app.slot("revenue").texts()).containsExactly("revenue 2020 EU");
            assertThat(app.slot("report").texts()).containsExactly("total 20200");
            assertThat(app.slot("filters").widget("Year").value()).isEqualTo(2020);
        }
    }

    @Test
    void unchangedResult_stopsPropagation() {
        try (AppSession app = tester.open("/graph").awaitIdle()) {
            app.slot("mode").widget("Verbose").set(true);
            app.awaitIdle();
            assertThat(app.slot("mode").runs()).isEqualTo(2);
            assertThat(app.slot("usesMode").runs())
                    .as("mode returned an equal value")
                    .isEqualTo(1);
        }
    }

    @Test
    void failedInput_showsInDependents_andRecovers() {
        try (AppSession app = tester.open("/graph").awaitIdle()) {
            app.slot("filters").widget("Year").set(2016);
            app.awaitIdle();
            assertThat(app.slot("revenue").state()).isEqualTo("failed");
            assertThat(app.slot("revenue").texts()).containsExactly("IllegalStateException: No data for 2016");
            assertThat(app.slot("report").state()).as("unaffected branch").isEqualTo("done");

            app.slot("filters").widget("Year").set(2017);
            app.awaitIdle();
            assertThat(app.slot("revenue").state()).isEqualTo("done");
        }
    }

    @Test
    void badWidgetValues_areRefused_andChangeNothing() {
        try (AppSession app = tester.open("/graph").awaitIdle()) {
            var year = app.slot("filters").widget("Year");
            assertThatThrownBy(() -> year.set(2030)).hasMessageContaining("from 2015 to 2025");
            assertThatThrownBy(() -> year.set("2020")).hasMessageContaining("whole number");
            assertThatThrownBy(() -> year.set(2020.5)).hasMessageContaining("whole number");
            var region = app.slot("filters").widget("Region");
            assertThatThrownBy(() -> region.set("Mars"))
                    .hasMessageContaining("has no option Mars; its options are [EU, US, APAC]");
            app.awaitIdle();
            assertThat(app.slot("filters").runs()).isEqualTo(1);
            assertThat(year.value()).isEqualTo(2024);
        }
    }

    @Test
    void button_isTrueOnlyInTheRunItsClickCaused() {
        try (AppSession app = tester.open("/graph").awaitIdle()) {
            assertThat(app.slot("clicks").texts()).containsExactly("idle");
            app.slot("clicks").widget("Go").click();
            app.awaitIdle();
            assertThat(app.slot("clicks").texts()).containsExactly("clicked");
            app.slot("mode").widget("Verbose").set(true);
            app.awaitIdle();
            assertThat(app.slot("clicks").texts())
                    .as("other fragments' reruns leave it alone")
                    .containsExactly("clicked");
        }
    }

    @Test
    void sessionsAreIndependent() {
        try (AppSession one = tester.open("/graph").awaitIdle();
                AppSession two = tester.open("/graph").awaitIdle(Duration.ofSeconds(10))) {
            one.slot("filters").widget("Region").set("US");
            one.awaitIdle();
            assertThat(one.slot("revenue").texts()).containsExactly("revenue 2024 US");
            assertThat(two.slot("revenue").texts()).containsExactly("revenue 2024 EU");
        }
    }

    private static Map<String, Integer> runs(AppSession app) {
        Map<String, Integer> runs = new java.util.TreeMap<>();
        for (String fragment : List.of("filters", "revenue", "total", "report", "independent", "mode", "usesMode")) {
            runs.put(fragment, app.slot(fragment).runs());
        }
        return runs;
    }
}
