package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import dev.weft.testing.TableView;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

/**
 * A real app: the rows of its own record are read by the reader generated into its definition (and
 * no record with a generated reader is registered for reflection, while a private record, which has
 * none, is), and Tablesaw and DFLib frames, on this test's class path, draw as tables and charts.
 */
class RowsAndFramesTest {

    /**
     * Where the build step below leaves the classes registered for reflection, as the native build
     * would see them: a system property, since the build runs this class in another class loader.
     */
    static final String REFLECTIVE = "test-reflective-classes";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Trips.class, Trips.Trip.class, Loose.class, Kept.class)
                    .addClass(RowsAndFramesTest.class.getPackageName() + ".RowsAndFramesTest_Trips_WeftApp"))
            .addBuildChainCustomizer(chain -> chain.addBuildStep(new BuildStep() {
                        @Override
                        public void execute(BuildContext context) {
                            Set<String> names = new TreeSet<>();
                            context.consumeMulti(ReflectiveClassBuildItem.class)
                                    .forEach(item -> names.addAll(item.getClassNames()));
                            System.setProperty(REFLECTIVE, String.join(",", names));
                            context.produce(new FeatureBuildItem("weft-reflection-probe"));
                        }
                    })
                    .consumes(ReflectiveClassBuildItem.class)
                    .produces(FeatureBuildItem.class)
                    .build());

    /** A record of the application that no app mentions: the build writes its reader. */
    public record Loose(String note) {}

    /** A private record: generated code cannot call its constructor, so it is left to reflection. */
    private record Kept(String note) {}

    @App(path = "/rows-and-frames")
    public static class Trips {

        public record Trip(String zone, double fare, LocalDate day) {}

        @Fragment
        List<Trip> trips() {
            return List.of(
                    new Trip("north", 12.5, LocalDate.of(2024, 5, 1)),
                    new Trip("south", 8.0, LocalDate.of(2024, 5, 2)));
        }

        @Fragment
        void rows(Ui ui, List<Trip> trips) {
            ui.table(trips);
            ui.json(trips.get(0));
            ui.barChart(trips, "zone", "fare");
        }

        @Fragment
        void frames(Ui ui) {
            tech.tablesaw.api.Table weather = tech.tablesaw.api.Table.create(
                    "weather",
                    StringColumn.create("city", "Oslo", "Bergen"),
                    DoubleColumn.create("rain", new double[] {0.5, 2.25}));
            DataFrame sales = DataFrame.foldByRow("region", "orders").of("north", 12, "south", 7);
            ui.display(weather);
            ui.display(sales);
            ui.lineChart(Table.frame(weather), "city", "rain");
            ui.barChart(Table.frame(sales), "region", "orders");
        }
    }

    @Inject
    AppTester tester;

    @Test
    void ownRecord_isReadByItsGeneratedReader_andShowsAsTableJsonAndChart() {
        RowReader<Object> reader = RowReaders.of(Trips.Trip.class);
        assertThat(reader).as("the reader generated into the app's definition").isNotNull();
        assertThat(reader.names()).containsExactly("zone", "fare", "day");

        try (AppSession app = tester.open("/rows-and-frames").awaitIdle()) {
            SlotView slot = app.slot("rows");
            TableView table = slot.table(0);
            assertThat(table.columns()).containsExactly("zone", "fare", "day");
            assertThat(table.rows()).extracting(row -> row.get(0)).containsExactly("north", "south");
            assertThat(slot.elements("json")).singleElement().satisfies(json -> assertThat(json.get("value"))
                    .isEqualTo(Map.of("zone", "north", "fare", 12.5, "day", "2024-05-01")));
            assertThat(slot.elements("bar_chart")).singleElement().satisfies(chart -> assertThat(chart.get("x"))
                    .isEqualTo(List.of("north", "south")));
        }
    }

    @Test
    void onlyRecordsWithoutAGeneratedReader_areRegisteredForReflection() {
        List<String> reflective = List.of(System.getProperty(REFLECTIVE, "").split(","));

        assertThat(RowReaders.of(Loose.class)).as("the build's reader").isNotNull();
        assertThat(RowReaders.of(Kept.class)).isNull();
        assertThat(reflective)
                .contains(Kept.class.getName())
                .doesNotContain(Trips.Trip.class.getName(), Loose.class.getName());
    }

    @Test
    void tablesawAndDflibFrames_drawAsTablesAndCharts() {
        try (AppSession app = tester.open("/rows-and-frames").awaitIdle()) {
            SlotView slot = app.slot("frames");
            assertThat(slot.table(0).columns()).containsExactly("city", "rain");
            assertThat(slot.table(0).rows()).containsExactly(List.of("Oslo", 0.5), List.of("Bergen", 2.25));
            assertThat(slot.table(1).columns()).containsExactly("region", "orders");
            assertThat(slot.table(1).rows()).containsExactly(List.of("north", 12), List.of("south", 7));
            assertThat(slot.elements("line_chart")).singleElement().satisfies(chart -> assertThat(chart.get("x"))
                    .isEqualTo(List.of("Oslo", "Bergen")));
            assertThat(slot.elements("bar_chart")).singleElement().satisfies(chart -> assertThat(chart.get("x"))
                    .isEqualTo(List.of("north", "south")));
        }
    }
}
