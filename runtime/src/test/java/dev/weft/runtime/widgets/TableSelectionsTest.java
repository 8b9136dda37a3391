package dev.weft.runtime.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.Column;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.tables.TableReader;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every selection a browser may send is checked against the rows the table holds; forged ones are refused. */
class TableSelectionsTest {

    record Trip(int id, String zone, double fare, String secret) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Trip> trips(int n) {
        List<Trip> trips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            trips.add(new Trip(100 + i, "zone " + (i % 3), i * 1.5, "s" + i));
        }
        return trips;
    }

    private static TableWidgets.Selecting spec(List<Trip> rows, TableSelect mode, boolean keyed) {
        Table<Trip> table =
                Table.of(rows).label("Trips").column("secret", Column.auto().hidden());
        if (keyed) {
            table.key(Trip::id);
        }
        table.select(mode);
        TableModel model = TableReader.read(table);
        return new TableWidgets.Selecting(
                "table_select:Trips:0",
                "Trips",
                false,
                "table:0",
                model,
                mode,
                keyed ? table.keyGetter() : null,
                keyed);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @SuppressWarnings("unchecked")
    private static Selection<Trip> accept(TableWidgets.Selecting spec, String value) throws Exception {
        return (Selection<Trip>) spec.accept(json(value));
    }

    private static String refusal(TableWidgets.Selecting spec, String value) {
        try {
            spec.accept(json(value));
        } catch (ProtocolException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_VALUE);
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted " + value);
    }

    @Test
    void rows_areTheAppsOwnRowsAndKeys_inTheTablesOrder() throws Exception {
        List<Trip> trips = trips(50);
        Selection<Trip> picked = accept(spec(trips, TableSelect.ROWS, true), "{\"rows\":[142, 101, 107.0]}");
        assertThat(picked.rows()).containsExactly(trips.get(1), trips.get(7), trips.get(42));
        assertThat(picked.keys()).containsExactly(101, 107, 142); // the app's Integer keys
        assertThat(picked.cells()).isEmpty();
        assertThat(picked.columns()).isEmpty();
    }

    @Test
    void rowsWithoutKey_areNamedByPosition() throws Exception {
        List<Trip> trips = trips(10);
        Selection<Trip> picked = accept(spec(trips, TableSelect.ROW, false), "{\"rows\":[3]}");
        assertThat(picked.row()).contains(trips.get(3));
        assertThat(picked.keys()).containsExactly(3L);
        assertThat(refusal(spec(trips, TableSelect.ROW, false), "{\"rows\":[10]}"))
                .isEqualTo("Table 'Trips' has no row with key 10 (rows are keyed by position, from 0).");
    }

    @Test
    void cellsAndColumns_comeBackInTheTablesOrder() throws Exception {
        List<Trip> trips = trips(20);
        Selection<Trip> cells = accept(
                spec(trips, TableSelect.CELLS, true), "{\"cells\":[[105,\"fare\"],[102,\"zone\"],[105,\"id\"]]}");
        assertThat(cells.cells())
                .containsExactly(
                        new Selection.Cell(102, "zone"),
                        new Selection.Cell(105, "id"),
                        new Selection.Cell(105, "fare"));
        assertThat(cells.rows()).containsExactly(trips.get(2), trips.get(5));
        Selection<Trip> columns = accept(spec(trips, TableSelect.COLUMNS, true), "{\"columns\":[\"fare\",\"id\"]}");
        assertThat(columns.columns()).containsExactly("id", "fare");
        assertThat(columns.rows()).isEmpty();
    }

    @Test
    void forgedSelections_areRefused_withAClearMessage() {
        TableWidgets.Selecting rows = spec(trips(30), TableSelect.ROWS, true);
        assertThat(refusal(rows, "{\"rows\":[999]}")).isEqualTo("Table 'Trips' has no row with key 999.");
        assertThat(refusal(rows, "{\"rows\":[\"101\"]}")).isEqualTo("Table 'Trips' has no row with key '101'.");
        assertThat(refusal(rows, "{\"cells\":[[101,\"zone\"]]}"))
                .startsWith("A selection of table 'Trips' is {\"rows\": [...]}");
        assertThat(refusal(rows, "[101]")).startsWith("A selection of table 'Trips' is {\"rows\": [...]}");
        assertThat(refusal(rows, "{\"rows\":[101],\"columns\":[]}")).startsWith("A selection of table 'Trips' is");
        assertThat(refusal(rows, "{\"rows\":101}")).contains("is a list, not 101");
        assertThat(refusal(rows, "{\"rows\":[{\"id\":101}]}")).contains("named by its key");
        assertThat(refusal(rows, "{\"rows\":[null]}")).contains("named by its key");
        assertThat(refusal(rows, "{\"rows\":[101, 101.0]}")).contains("selected twice");

        StringBuilder many = new StringBuilder("{\"rows\":[");
        for (int i = 0; i <= TableSelections.MAX_SELECTED; i++) {
            many.append(i == 0 ? "" : ",").append(i);
        }
        assertThat(refusal(rows, many.append("]}").toString())).contains("at most 10000 rows");

        TableWidgets.Selecting row = spec(trips(30), TableSelect.ROW, true);
        assertThat(refusal(row, "{\"rows\":[101,102]}")).isEqualTo("Table 'Trips' selects one row at a time, not 2.");

        TableWidgets.Selecting cells = spec(trips(30), TableSelect.CELL, true);
        assertThat(refusal(cells, "{\"cells\":[[101,\"price\"]]}"))
                .isEqualTo("Table 'Trips' shows no column \"price\"; it shows [id, zone, fare].");
        assertThat(refusal(cells, "{\"cells\":[[101,\"secret\"]]}")).contains("shows no column \"secret\"");
        assertThat(refusal(cells, "{\"cells\":[[101]]}")).contains("is [key, column]");
        assertThat(refusal(cells, "{\"cells\":[[5000,\"zone\"]]}")).contains("no row with key 5000");

        TableWidgets.Selecting columns = spec(trips(30), TableSelect.COLUMNS, true);
        assertThat(refusal(columns, "{\"columns\":[\"zone\",\"zone\"]}")).contains("selected twice");
        assertThat(refusal(columns, "{\"columns\":[7]}")).contains("shows no column 7");
    }

    @Test
    void keptSelection_followsItsKeys_acrossNewRows() throws Exception {
        List<Trip> before = trips(10);
        Selection<Trip> picked = accept(spec(before, TableSelect.ROWS, true), "{\"rows\":[102, 109]}");
        List<Trip> after = new ArrayList<>(trips(10));
        after.remove(9); // key 109 is gone
        after.set(2, new Trip(102, "moved", 99, "s"));
        after.add(0, new Trip(500, "new", 1, "s"));
        Selection<?> carried =
                (Selection<?>) spec(after, TableSelect.ROWS, true).carry(picked);
        assertThat(carried.keys()).containsExactly(102);
        assertThat(carried.rows()).isEqualTo(List.of(new Trip(102, "moved", 99, "s")));
        // A single-row table cannot keep two rows; a cell table cannot keep rows.
        assertThat(spec(after, TableSelect.ROW, true).carry(picked)).isEqualTo(Selection.none());
        assertThat(spec(after, TableSelect.CELLS, true).carry(picked)).isEqualTo(Selection.none());
    }

    @Test
    void keptSelectionByPosition_survivesEqualRowsOnly() throws Exception {
        List<Trip> rows = trips(10);
        Selection<Trip> picked = accept(spec(rows, TableSelect.ROWS, false), "{\"rows\":[1, 4]}");
        assertThat(spec(trips(10), TableSelect.ROWS, false).carry(picked)).isEqualTo(picked);
        List<Trip> shifted = new ArrayList<>(trips(10));
        shifted.add(0, new Trip(1, "first", 0, "s"));
        assertThat(spec(shifted, TableSelect.ROWS, false).carry(picked)).isEqualTo(Selection.none());
    }

    @Test
    void elementTellsTheBrowser_whatIsSelected_byTravellingKey() throws Exception {
        TableWidgets.Selecting spec = spec(trips(30), TableSelect.ROWS, true);
        JsonNode element = spec.toJson(accept(spec, "{\"rows\":[103, 125]}"));
        assertThat(element.path("t").asText()).isEqualTo("table");
        assertThat(element.path("id").asText()).isEqualTo("table:0");
        assertThat(element.path("widget").asText()).isEqualTo("table_select:Trips:0");
        assertThat(element.path("select").asText()).isEqualTo("rows");
        assertThat(element.path("selected").toString()).isEqualTo("{\"rows\":[103,125]}");
    }
}
