package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
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
 * A table's rows stay on the server: the element carries the first page only, {@code table}
 * requests get other pages, sorted, and bad requests get an error naming the table and change
 * nothing.
 */
class TableRequestsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Page.class, Page.Order.class, WeftTestClient.class)
                    .addClass(TableRequestsTest.class.getPackageName() + ".TableRequestsTest_Page_WeftApp"));

    static final AtomicInteger RUNS = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    @App(path = "/tables")
    public static class Page {

        /** A record row: its components are the columns. */
        public record Order(int id, String customer, Double amount, boolean paid) {}

        @Fragment
        void orders(Ui ui) {
            RUNS.incrementAndGet();
            List<Order> orders = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                orders.add(new Order(i, "c" + (i * 7 % 10), i % 9 == 0 ? null : (i * 37 % 100) / 4.0, i % 2 == 0));
            }
            ui.table(orders);
        }
    }

    @Test
    void element_carriesTheFirstPageOnly_andItsColumns() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/tables", null);
            JsonNode table = client.await(WeftTestClient.slot("slot", "orders")).at("/elements/0");
            assertThat(table.get("t").asText()).isEqualTo("table");
            assertThat(table.get("id").asText()).isEqualTo("table:0");
            assertThat(table.get("total").asInt()).isEqualTo(45);
            assertThat(table.get("pageSize").asInt()).isEqualTo(20);
            assertThat(table.get("rows").size()).isEqualTo(20);
            assertThat(table.at("/columns/0/name").asText()).isEqualTo("id");
            assertThat(table.at("/columns/0/type").asText()).isEqualTo("number");
            assertThat(table.at("/columns/1/type").asText()).isEqualTo("text");
            assertThat(table.at("/columns/2/type").asText()).isEqualTo("number");
            assertThat(table.at("/columns/3/type").asText()).isEqualTo("boolean");
            assertThat(table.at("/rows/1").toString()).isEqualTo("[1,\"c7\",9.25,false]");
        }
    }

    @Test
    void request_getsAPageSortedOnTheServer_nullsLast() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/tables", null);
            client.awaitFinished("orders");
            client.send(request("orders", "table:0", 0, "\"amount\"", false));
            JsonNode page = client.await(WeftTestClient.type("table_page"));
            assertThat(page.get("slot").asText()).isEqualTo("orders");
            assertThat(page.get("table").asText()).isEqualTo("table:0");
            assertThat(page.get("gen").asLong()).isEqualTo(1);
            assertThat(page.get("pages").asInt()).isEqualTo(3);
            assertThat(page.get("total").asInt()).isEqualTo(45);
            List<Double> amounts = new ArrayList<>();
            page.get("rows").forEach(row -> amounts.add(row.get(2).asDouble()));
            assertThat(amounts).isSorted().hasSize(20);

            client.send(request("orders", "table:0", 2, "\"amount\"", false));
            JsonNode last = client.await(WeftTestClient.type("table_page"));
            assertThat(last.get("rows").size()).isEqualTo(5);
            assertThat(last.at("/rows/4/2").isNull()).as("nulls sort last").isTrue();

            client.send(request("orders", "table:0", 0, "\"customer\"", true));
            JsonNode descending = client.await(WeftTestClient.type("table_page"));
            assertThat(descending.at("/rows/0/1").asText()).isEqualTo("c9");
            assertThat(descending.get("desc").asBoolean()).isTrue();
        }
    }

    @Test
    void badRequests_getAnErrorNamingTheTable_andChangeNothing() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/tables", null);
            client.awaitFinished("orders");
            int runs = RUNS.get();
            assertThat(error(client, request("nope", "table:0", 0, "null", false)))
                    .isEqualTo("unknown_slot");
            assertThat(error(client, request("orders", "table:7", 0, "null", false)))
                    .isEqualTo("unknown_table");
            assertThat(error(client, request("orders", "table:0", 3, "null", false)))
                    .isEqualTo("bad_page");
            assertThat(error(client, request("orders", "table:0", 0, "\"price\"", false)))
                    .isEqualTo("unknown_column");
            assertThat(error(client, request("orders", "table:0", -1, "null", false)))
                    .isEqualTo("bad_page");
            assertThat(error(
                            client,
                            "{\"v\":1,\"type\":\"table\",\"slot\":\"orders\",\"table\":\"table:0\",\"gen\":1,"
                                    + "\"page\":\"two\"}"))
                    .isEqualTo("bad_page");
            assertThat(error(
                            client,
                            "{\"v\":1,\"type\":\"table\",\"slot\":\"orders\",\"table\":\"table:0\",\"gen\":1,"
                                    + "\"page\":0,\"desc\":\"yes\"}"))
                    .isEqualTo("bad_message");
            JsonNode unknownColumn =
                    client.awaitSeen(m -> "unknown_column".equals(m.path("code").asText()));
            assertThat(unknownColumn.get("table").asText()).isEqualTo("table:0");
            assertThat(unknownColumn.get("message").asText())
                    .contains("price")
                    .contains("[id, customer, amount, paid]");

            client.send(request("orders", "table:0", 1, "null", false));
            JsonNode page = client.await(WeftTestClient.type("table_page"));
            assertThat(page.at("/rows/0/0").asInt())
                    .as("a good request after bad ones")
                    .isEqualTo(20);
            assertThat(RUNS.get()).as("no request reruns the fragment").isEqualTo(runs);
        }
    }

    private static String error(WeftTestClient client, String message) throws InterruptedException {
        client.send(message);
        return client.await(WeftTestClient.type("error")).get("code").asText();
    }

    static String request(String slot, String table, int page, String sort, boolean desc) {
        return "{\"v\":1,\"type\":\"table\",\"slot\":\"" + slot + "\",\"table\":\"" + table + "\",\"gen\":1,\"page\":"
                + page + ",\"sort\":" + sort + ",\"desc\":" + desc + "}";
    }
}
