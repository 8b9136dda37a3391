package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table's selection over a real WebSocket: the table element names its selection widget, an
 * accepted selection reruns the fragment and its dependents with the app's rows, and every forged
 * selection gets a {@code bad_value} error naming the widget, with nothing rerun or changed.
 */
class TableSelectionMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Fleet.class, Fleet.Bus.class, Fleet.Chosen.class, WeftTestClient.class)
            .addClass(TableSelectionMessagesTest.class.getPackageName() + ".TableSelectionMessagesTest_Fleet_WeftApp"));

    static final AtomicInteger TABLE_RUNS = new AtomicInteger();
    static final AtomicInteger DETAIL_RUNS = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    @App(path = "/fleet")
    public static class Fleet {

        public record Bus(String plate, int seats) {}

        public record Chosen(List<Bus> buses) {}

        @Fragment
        Chosen buses(Ui ui) {
            TABLE_RUNS.incrementAndGet();
            List<Bus> buses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                buses.add(new Bus("B-" + (100 + i), 20 + i));
            }
            Selection<Bus> picked =
                    ui.table(Table.of(buses).label("Buses").key(Bus::plate).select(TableSelect.ROWS));
            return new Chosen(picked.rows());
        }

        @Fragment
        void seats(Ui ui, Chosen chosen) {
            DETAIL_RUNS.incrementAndGet();
            ui.text("seats " + chosen.buses().stream().mapToInt(Bus::seats).sum());
        }
    }

    private static String select(String value) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"buses\",\"id\":\"table_select:Buses:0\",\"gen\":1,\"value\":"
                + value + "}";
    }

    @Test
    void selections_areCheckedAgainstTheRows_andAcceptedOnesRerunTheDependents() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/fleet", null);
            JsonNode table = client.await(WeftTestClient.slot("slot", "buses")).at("/elements/0");
            assertThat(table.get("widget").asText()).isEqualTo("table_select:Buses:0");
            assertThat(table.get("select").asText()).isEqualTo("rows");
            assertThat(table.get("selected").toString()).isEqualTo("{\"rows\":[]}");
            client.awaitFinished("buses", "seats");
            int tableRuns = TABLE_RUNS.get();
            int detailRuns = DETAIL_RUNS.get();

            for (String forged : List.of(
                    "{\"rows\":[\"B-999\"]}",
                    "{\"rows\":[\"B-101\",\"B-101\"]}",
                    "{\"rows\":[{\"plate\":\"B-101\"}]}",
                    "{\"cells\":[[\"B-101\",\"seats\"]]}",
                    "{\"rows\":\"B-101\"}",
                    "[\"B-101\"]",
                    "null")) {
                client.send(select(forged));
                JsonNode error = client.await(WeftTestClient.type("error"));
                assertThat(error.get("code").asText()).as(forged).isEqualTo("bad_value");
                assertThat(error.get("slot").asText()).isEqualTo("buses");
                assertThat(error.get("id").asText()).isEqualTo("table_select:Buses:0");
            }
            assertThat(client.seen().stream()
                            .filter(WeftTestClient.type("error"))
                            .map(m -> m.get("message").asText())
                            .toList())
                    .contains("Table 'Buses' has no row with key 'B-999'.");

            client.send(select("{\"rows\":[\"B-102\",\"B-105\"]}"));
            JsonNode seats =
                    client.await(m -> WeftTestClient.slot("slot", "seats").test(m)
                            && m.at("/elements/0/text").asText().equals("seats 47"));
            assertThat(seats).isNotNull();
            JsonNode redrawn = client.seen().stream()
                    .filter(WeftTestClient.slot("slot", "buses"))
                    .reduce((first, second) -> second)
                    .orElseThrow()
                    .at("/elements/0");
            assertThat(redrawn.get("selected").toString()).isEqualTo("{\"rows\":[\"B-102\",\"B-105\"]}");
            assertThat(TABLE_RUNS.get())
                    .as("only the accepted selection reran the table")
                    .isEqualTo(tableRuns + 1);
            assertThat(DETAIL_RUNS.get()).isEqualTo(detailRuns + 1);
        }
    }
}
