package dev.weft.runtime.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.runtime.widgets.TableWidgets;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Drawing a selectable table: a widget whose value is the selection, kept across runs by key. */
class TableSelectionDrawingTest {

    record City(String name, int people) {}

    private static final List<City> CITIES = List.of(new City("Oslo", 700), new City("Bergen", 290));

    @Test
    void selectableTable_isAWidget_returningTheKeptSelection() {
        Canvas first = new Canvas(Map.of());
        Selection<City> none = new UiImpl(first)
                .table(Table.of(CITIES).label("Cities").key(City::name).select(TableSelect.ROW));
        assertThat(none).isEqualTo(Selection.none());
        Canvas.Drawing drawing = first.seal();
        assertThat(drawing.widgets()).containsOnlyKeys("table_select:Cities:0");
        assertThat(drawing.widgets().get("table_select:Cities:0")).isInstanceOf(TableWidgets.Selecting.class);

        Selection<City> kept =
                new Selection<>(List.of(new City("Bergen", 290)), List.of("Bergen"), List.of(), List.of());
        List<City> grown = List.of(new City("Oslo", 710), new City("Bergen", 291), new City("Tromsø", 77));
        Selection<City> again = new UiImpl(new Canvas(Map.of("table_select:Cities:0", kept)))
                .table(Table.of(grown).label("Cities").key(City::name).select(TableSelect.ROW));
        assertThat(again.rows()).containsExactly(new City("Bergen", 291));
    }

    @Test
    void queryTableWithoutKey_cannotSelect() {
        DataSource unused = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new AssertionError("no query may run");
                });
        assertThatThrownBy(() -> new UiImpl(new Canvas(Map.of()))
                        .table(Table.query(unused, "SELECT * FROM cities").select(TableSelect.ROWS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A query table selects rows by key");
    }
}
