package dev.weft.runtime.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Align;
import dev.weft.Column;
import dev.weft.Table;
import dev.weft.TableSelect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table's model over every in-memory source: its columns, the page the browser gets, keys and the app's rows. */
class TableModelTest {

    /** Not a record and without getters: only the app's getters can read it. */
    static final class Trip {
        final int id;
        final String zone;
        final double fare;

        Trip(int id, String zone, double fare) {
            this.id = id;
            this.zone = zone;
            this.fare = fare;
        }
    }

    record Order(long id, String customer, Double amount, LocalDate day) {}

    private static List<Trip> trips(int n) {
        List<Trip> trips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            trips.add(new Trip(100 + i, "zone " + (i % 3), i * 1.5));
        }
        return trips;
    }

    @Test
    void getterColumns_readRowsWithoutFields_andTheElementCarriesLabelFormatAndKeys() {
        List<Trip> trips = trips(30);
        TableModel table = TableReader.read(Table.of(trips)
                .label("Trips")
                .key(t -> t.id)
                .column("Zone", t -> t.zone, Column.text().width(160).pinned())
                .column("Fare", t -> t.fare, Column.money("USD").align(Align.RIGHT))
                .pageSize(10)
                .search()
                .select(TableSelect.ROWS));

        ObjectNode element = table.element("table:0");

        assertThat(element.get("label").asText()).isEqualTo("Trips");
        assertThat(element.get("pageSize").asInt()).isEqualTo(10);
        assertThat(element.get("total").asInt()).isEqualTo(30);
        assertThat(element.get("search").asBoolean()).isTrue();
        assertThat(element.get("select").asText()).isEqualTo("rows");
        assertThat(element.at("/columns/0/name").asText()).isEqualTo("Zone");
        assertThat(element.at("/columns/0/width").asInt()).isEqualTo(160);
        assertThat(element.at("/columns/0/pinned").asBoolean()).isTrue();
        assertThat(element.at("/columns/1/type").asText()).isEqualTo("number");
        assertThat(element.at("/columns/1/align").asText()).isEqualTo("right");
        assertThat(element.at("/columns/1/format/kind").asText()).isEqualTo("money");
        assertThat(element.at("/columns/1/format/currency").asText()).isEqualTo("USD");
        assertThat(element.get("rows")).hasSize(10);
        assertThat(element.at("/rows/2").toString()).isEqualTo("[\"zone 2\",3.0]");
        assertThat(element.get("keys").toString()).startsWith("[100,101,102,");
        assertThat(element.get("keys")).hasSize(10);
    }

    @Test
    void fieldColumns_areTheRowsFields_configuredByName() {
        List<Order> orders = List.of(
                new Order(1, "Acme", 9.5, LocalDate.of(2026, 3, 2)),
                new Order(2, "Beta", null, LocalDate.of(2026, 3, 1)));
        TableModel table = TableReader.read(Table.of(orders)
                .column("amount", Column.money("EUR").label("Amount"))
                .column("id", Column.integer().hidden()));

        ObjectNode element = table.element("t");

        assertThat(table.names()).containsExactly("id", "customer", "amount", "day");
        assertThat(element.get("columns")).hasSize(3);
        assertThat(element.at("/columns/1/label").asText()).isEqualTo("Amount");
        assertThat(element.at("/columns/2/type").asText()).isEqualTo("date");
        assertThat(element.at("/rows/0").toString()).isEqualTo("[\"Acme\",9.5,\"2026-03-02\"]");
        assertThat(element.get("keys").toString()).isEqualTo("[0,1]");
    }

    @Test
    void fieldColumns_nextToGetterColumns_areAddedInOrder() {
        TableModel table = TableReader.read(Table.of(List.of(new Order(1, "Acme", 2.0, null)))
                .column("Who", Order::customer)
                .column("amount", Column.number(2)));
        assertThat(table.names()).containsExactly("Who", "amount");
        assertThat(table.allRows()).containsExactly(List.of("Acme", 2.0));
    }

    @Test
    void unknownField_orTwoColumnsOfOneName_isRefused() {
        assertThatThrownBy(() -> TableReader.read(
                        Table.of(List.of(new Order(1, "A", 1.0, null))).column("price", Column.number())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column 'price'")
                .hasMessageContaining("[id, customer, amount, day]");
        assertThatThrownBy(() -> TableReader.read(
                        Table.of(trips(2)).column("Zone", t -> t.zone).column("Zone", t -> t.fare)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two columns named 'Zone'");
    }

    @Test
    void keys_mustBeUniqueAndPresent_namingTheRows() {
        List<Trip> trips = trips(5);
        trips.set(3, new Trip(101, "x", 0));
        assertThatThrownBy(() -> TableReader.read(Table.of(trips).key(t -> t.id).column("Zone", t -> t.zone)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rows 1 and 3 have the same key '101'. Keys must be unique in the table.");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Map.of("id", 1));
        rows.add(new LinkedHashMap<>());
        rows.get(1).put("id", null);
        assertThatThrownBy(() -> TableReader.read(Table.of(rows).key("id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1 has no key");
    }

    @Test
    void rowsForKeys_areTheAppsOwnRows_inTableOrder_withTheMissingOnesListed() {
        List<Trip> trips = trips(10);
        TableModel table = TableReader.read(Table.of(trips).key(t -> t.id).column("Zone", t -> t.zone));

        Picked picked = table.rows(List.of(107, 102L, "999", 107));

        assertThat(picked.keys()).containsExactly(102L, 107L);
        assertThat(picked.rows()).containsExactly(trips.get(2), trips.get(7));
        assertThat(picked.missing()).containsExactly("999");
    }

    @Test
    void withoutAKey_aRowsKeyIsItsPosition() {
        List<Trip> trips = trips(25);
        TableModel table = TableReader.read(Table.of(trips).column("Zone", t -> t.zone));
        TablePage second = table.page(TableCriteria.NONE, 1);
        assertThat(second.keys().get(0).asLong()).isEqualTo(20);
        assertThat(table.rows(List.of(24, 25)).rows()).containsExactly(trips.get(24));
        assertThat(table.rows(List.of(24, 25)).missing()).containsExactly(25);
    }

    @Test
    void columns_giveMapsOfTheirValues_asRows() {
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("city", List.of("Oslo", "Lima"));
        columns.put("people", List.of(709_000, 10_000_000));
        TableModel table = TableReader.read(Table.ofColumns(columns).key("city"));

        assertThat(table.rows(List.of("Lima")).rows()).containsExactly(Map.of("city", "Lima", "people", 10_000_000));
        assertThat(table.element("t").get("keys").toString()).isEqualTo("[\"Oslo\",\"Lima\"]");
    }

    @Test
    void jdbcResult_isReadToTheEnd_withSqlTypesAsJavaValues() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = db.createStatement()) {
            ResultSet results = statement.executeQuery("SELECT * FROM (VALUES "
                    + "(1, 'Ann', 2.5::DOUBLE, 10.25::DECIMAL(9,2), true, DATE '2026-01-02', TIMESTAMP '2026-01-02 03:04:05'),"
                    + "(2, NULL, NULL, NULL, false, NULL, NULL)) AS t(id, name, score, price, active, day, ts)");
            TableModel table = TableReader.read(Table.of(results).key("id"));

            assertThat(table.names()).containsExactly("id", "name", "score", "price", "active", "day", "ts");
            assertThat(table.columns())
                    .extracting(TableColumn::type)
                    .containsExactly("number", "text", "number", "number", "boolean", "date", "datetime");
            assertThat(table.allRows().get(0))
                    .containsExactly(
                            1,
                            "Ann",
                            2.5,
                            new java.math.BigDecimal("10.25"),
                            true,
                            LocalDate.of(2026, 1, 2),
                            LocalDateTime.of(2026, 1, 2, 3, 4, 5));
            assertThat(table.allRows().get(1)).containsExactly(2, null, null, null, false, null, null);
            JsonNode first = table.element("t").at("/rows/0");
            assertThat(first.toString()).isEqualTo("[1,\"Ann\",2.5,10.25,true,\"2026-01-02\",\"2026-01-02T03:04:05\"]");
        }
    }
}
