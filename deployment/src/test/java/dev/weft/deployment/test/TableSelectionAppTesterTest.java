package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import dev.weft.testing.TableView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Selecting in a table through the harness: the selection is the fragment's value, so exactly its
 * dependents rerun; it survives paging and sorting; a forged selection is refused and changes nothing.
 */
class TableSelectionAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Pick.class, Pick.Trip.class, Pick.Chosen.class)
                    .addClass(TableSelectionAppTesterTest.class.getPackageName()
                            + ".TableSelectionAppTesterTest_Pick_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/pick")
    public static class Pick {

        public record Trip(int id, String zone, double fare) {}

        /** What the trips table's selection passes on. */
        public record Chosen(List<Trip> trips) {}

        static final List<Trip> TRIPS = trips();

        private static List<Trip> trips() {
            List<Trip> trips = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                trips.add(new Trip(100 + i, "zone " + (char) ('A' + i % 3), i * 2.5));
            }
            return List.copyOf(trips);
        }

        @Fragment
        Chosen trips(Ui ui) {
            Selection<Trip> picked = ui.table(
                    Table.of(TRIPS).label("Trips").key(Trip::id).pageSize(10).select(TableSelect.ROWS));
            return new Chosen(picked.rows());
        }

        @Fragment
        void detail(Ui ui, Chosen chosen) {
            ui.metric("Selected", String.valueOf(chosen.trips().size()));
            ui.text(chosen.trips().stream()
                    .map(trip -> String.valueOf(trip.id()))
                    .collect(Collectors.joining(",")));
        }

        @Fragment
        void unrelated(Ui ui) {
            ui.text("independent");
        }

        @Fragment
        void parts(Ui ui) {
            Selection<Trip> one =
                    ui.table(Table.of(TRIPS.subList(0, 5)).label("One").select(TableSelect.ROW));
            Selection<Trip> cells =
                    ui.table(Table.of(TRIPS).label("Cells").key(Trip::id).select(TableSelect.CELLS));
            Selection<Trip> columns = ui.table(Table.of(TRIPS).label("Columns").select(TableSelect.COLUMNS));
            ui.table(Table.of(TRIPS).label("Plain"));
            ui.text("one " + one.keys() + " " + one.row().map(Trip::zone).orElse("-"));
            ui.text("cells " + cells.cells() + " rows " + cells.keys());
            ui.text("columns " + columns.columns());
        }
    }

    /** The keys the table element shows as selected: what the browser highlights on every page. */
    @SuppressWarnings("unchecked")
    private static List<Long> selected(SlotView slot) {
        Map<String, Object> table = slot.elements("table").get(0);
        return ((Map<String, List<Number>>) table.get("selected"))
                .get("rows").stream().map(Number::longValue).toList();
    }

    @Test
    void selectingRows_rerunsOnlyTheDependents_andSurvivesPagingAndSorting() {
        try (AppSession app = tester.open("/pick").awaitIdle()) {
            SlotView trips = app.slot("trips");
            SlotView detail = app.slot("detail");
            SlotView unrelated = app.slot("unrelated");
            assertThat(detail.texts()).containsExactly("");
            int tripRuns = trips.runs();
            int detailRuns = detail.runs();
            int unrelatedRuns = unrelated.runs();

            TableView table = trips.table(0);
            table.selectRows(137, 103);
            app.awaitIdle();
            assertThat(trips.runs()).isEqualTo(tripRuns + 1);
            assertThat(detail.runs()).isEqualTo(detailRuns + 1);
            assertThat(unrelated.runs()).isEqualTo(unrelatedRuns);
            assertThat(detail.texts()).containsExactly("103,137"); // the app's rows, in the table's order
            assertThat(detail.elements("metric").get(0)).containsEntry("value", "2");
            assertThat(selected(trips)).containsExactly(103L, 137L);

            // Paging and sorting the table is no selection: nothing reruns, the selection stays.
            TableView shown = trips.table(0);
            assertThat(shown.page(3, "fare", true)).hasSize(10);
            assertThat(shown.page(4, null, false)).hasSize(5);
            app.awaitIdle();
            assertThat(trips.runs()).isEqualTo(tripRuns + 1);
            assertThat(selected(trips)).containsExactly(103L, 137L);

            // The same selection again: the fragment reruns, its value is equal, so its dependents do not.
            trips.table(0).selectRows(103, 137);
            app.awaitIdle();
            assertThat(trips.runs()).isEqualTo(tripRuns + 2);
            assertThat(detail.runs()).isEqualTo(detailRuns + 1);

            trips.table(0).selectRows();
            app.awaitIdle();
            assertThat(detail.texts()).containsExactly("");
            assertThat(detail.elements("metric").get(0)).containsEntry("value", "0");
            assertThat(unrelated.runs()).isEqualTo(unrelatedRuns);
        }
    }

    @Test
    void forgedSelections_areRefused_andChangeNothing() {
        try (AppSession app = tester.open("/pick").awaitIdle()) {
            SlotView trips = app.slot("trips");
            SlotView detail = app.slot("detail");
            trips.table(0).selectRows(110);
            app.awaitIdle();
            int tripRuns = trips.runs();
            int detailRuns = detail.runs();

            TableView table = trips.table(0);
            assertThatThrownBy(() -> table.selectRows(110, 999))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Table 'Trips' has no row with key 999.");
            assertThatThrownBy(() -> table.selectRows(110, 110))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("selected twice");
            assertThatThrownBy(() -> table.selectColumns("zone"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("since it selects rows");
            assertThatThrownBy(() -> app.slot("parts").table(0).selectRows(1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Table 'One' selects one row at a time, not 2.");
            assertThatThrownBy(() -> app.slot("parts").table(2).selectColumns("price"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Table 'Columns' shows no column \"price\"; it shows [id, zone, fare].");
            assertThatThrownBy(() -> app.slot("parts").table(3).selectRows(1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("selects nothing");
            app.awaitIdle();

            assertThat(trips.runs()).isEqualTo(tripRuns);
            assertThat(detail.runs()).isEqualTo(detailRuns);
            assertThat(selected(trips)).containsExactly(110L);
            assertThat(detail.texts()).containsExactly("110");
        }
    }

    @Test
    void singleRows_cellsAndColumns_comeBackAsValues() {
        try (AppSession app = tester.open("/pick").awaitIdle()) {
            SlotView parts = app.slot("parts");
            assertThat(parts.texts()).containsExactly("one [] -", "cells [] rows []", "columns []");
            parts.table(0).selectRows(2);
            app.awaitIdle();
            parts.table(1).selectCells(new Selection.Cell(120, "fare"), new Selection.Cell(101, "zone"));
            app.awaitIdle();
            parts.table(2).selectColumns("fare", "id");
            app.awaitIdle();
            assertThat(parts.texts())
                    .containsExactly(
                            "one [2] zone C",
                            "cells [Cell[key=101, column=zone], Cell[key=120, column=fare]] rows [101, 120]",
                            "columns [id, fare]");
        }
    }
}
