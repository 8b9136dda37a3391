package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table drawn with {@code ui.table(Table)} over a real WebSocket: its element (label, columns' looks,
 * filters, keys), search and filters done on the server, export as a download for the session, and
 * every forged request refused with nothing changed.
 */
class InteractiveTableTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Trips.class, Trips.Trip.class, WeftTestClient.class)
                    .addClass(InteractiveTableTest.class.getPackageName() + ".InteractiveTableTest_Trips_WeftApp"));

    static final AtomicInteger RUNS = new AtomicInteger();
    static final AtomicReference<Selection<?>> RETURNED = new AtomicReference<>();

    @TestHTTPResource("/")
    URI base;

    @App(path = "/trips")
    public static class Trips {

        public record Trip(int id, String zone, double fare, String note) {}

        @Fragment
        void trips(Ui ui) {
            RUNS.incrementAndGet();
            List<Trip> trips = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                trips.add(new Trip(
                        1000 + i, "zone " + (char) ('A' + i % 4), i * 0.5, i == 42 ? "=HYPERLINK(\"x\")" : "n" + i));
            }
            RETURNED.set(ui.table(Table.of(trips)
                    .label("Trips")
                    .key(Trip::id)
                    .column("Zone", Trip::zone)
                    .column("Fare", Trip::fare, Column.money("USD"))
                    .column("Note", Trip::note, Column.text().hidden())
                    .pageSize(10)
                    .search()
                    .filters()
                    .export()));
        }
    }

    @Test
    void element_hasTheTitleColumnsFiltersAndKeys_andDrawingReturnsNoSelection() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/trips", null);
            JsonNode table = client.await(WeftTestClient.slot("slot", "trips")).at("/elements/0");
            assertThat(table.get("t").asText()).isEqualTo("table");
            assertThat(table.get("label").asText()).isEqualTo("Trips");
            assertThat(table.get("columns")).as("the hidden column is not sent").hasSize(2);
            assertThat(table.at("/columns/0/filter").asText()).isEqualTo("values");
            assertThat(table.at("/columns/0/choices").toString())
                    .isEqualTo("[\"zone A\",\"zone B\",\"zone C\",\"zone D\"]");
            assertThat(table.at("/columns/1/filter").asText()).isEqualTo("range");
            assertThat(table.at("/columns/1/format/currency").asText()).isEqualTo("USD");
            assertThat(table.get("rows")).hasSize(10);
            assertThat(table.at("/rows/0").toString()).isEqualTo("[\"zone A\",0.0]");
            assertThat(table.get("keys").toString()).startsWith("[1000,1001,");
            assertThat(RETURNED.get()).isEqualTo(Selection.none());
        }
    }

    @Test
    void searchAndFilters_runOnTheServer_overEveryRow_withKeysAndCounts() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/trips", null);
            client.awaitFinished("trips");

            client.send(request(0, "null", false, "\"N4\"", "[]"));
            JsonNode search = client.await(WeftTestClient.type("table_page"));
            assertThat(search.get("total").asInt())
                    .as("n4 and n40..n49, found in the hidden column, ignoring case; 42's note is a formula")
                    .isEqualTo(10);
            assertThat(search.get("all").asInt()).isEqualTo(100);
            assertThat(search.get("keys").toString()).startsWith("[1004,1040,1041,1043,");

            client.send(request(
                    1,
                    "\"Fare\"",
                    true,
                    "null",
                    "[{\"column\":\"Zone\",\"op\":\"values\",\"values\":[\"zone B\",\"zone C\"]},"
                            + "{\"column\":\"Fare\",\"op\":\"range\",\"min\":10,\"max\":\"30\"}]"));
            JsonNode filtered = client.await(WeftTestClient.type("table_page"));
            // Fares 10..30 are rows 20..60, of which 20 are in zone B or C; the second page starts at row 38.
            assertThat(filtered.get("total").asInt()).isEqualTo(20);
            assertThat(filtered.get("pages").asInt()).isEqualTo(2);
            assertThat(filtered.get("page").asInt()).isEqualTo(1);
            assertThat(filtered.at("/rows/0").toString()).isEqualTo("[\"zone C\",19.0]");
            assertThat(filtered.at("/keys/0").asInt()).isEqualTo(1038);

            client.send(
                    request(0, "null", false, "null", "[{\"column\":\"Zone\",\"op\":\"contains\",\"text\":\"e d\"}]"));
            assertThat(client.await(WeftTestClient.type("table_page"))
                            .get("total")
                            .asInt())
                    .isEqualTo(25);
        }
    }

    @Test
    void forgedRequests_getAnErrorNamingTheTable_andChangeNothing() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/trips", null);
            client.awaitFinished("trips");
            int runs = RUNS.get();
            assertThat(error(client, request(0, "\"Fare; DROP TABLE trips\"", false, "null", "[]")))
                    .isEqualTo("unknown_column");
            assertThat(error(
                            client,
                            request(
                                    0,
                                    "null",
                                    false,
                                    "null",
                                    "[{\"column\":\"id\",\"op\":\"contains\",\"text\":\"1\"}]")))
                    .as("a field the table does not show as a column")
                    .isEqualTo("unknown_column");
            assertThat(error(
                            client,
                            request(0, "null", false, "null", "[{\"column\":\"Zone\",\"op\":\"range\",\"min\":1}]")))
                    .isEqualTo("bad_value");
            assertThat(error(
                            client,
                            request(
                                    0,
                                    "null",
                                    false,
                                    "null",
                                    "[{\"column\":\"Fare\",\"op\":\"range\",\"min\":\"1 OR 1=1\"}]")))
                    .isEqualTo("bad_value");
            assertThat(error(client, request(0, "null", false, "\"" + "x".repeat(201) + "\"", "[]")))
                    .isEqualTo("bad_value");
            assertThat(error(client, request(0, "null", false, "null", "{\"column\":\"Zone\"}")))
                    .isEqualTo("bad_message");
            assertThat(error(
                            client,
                            request(
                                    0,
                                    "null",
                                    false,
                                    "null",
                                    "[{\"column\":\"Zone\",\"op\":\"regex\",\"text\":\".*\"}]")))
                    .isEqualTo("bad_message");
            assertThat(error(client, request(5, "null", false, "\"zone A\"", "[]")))
                    .as("past the last page of the rows the search matches")
                    .isEqualTo("bad_page");
            JsonNode refused =
                    client.awaitSeen(m -> "bad_page".equals(m.path("code").asText()));
            assertThat(refused.get("table").asText()).isEqualTo("table:0");

            client.send(request(0, "null", false, "\"' OR '1'='1\"", "[]"));
            assertThat(client.await(WeftTestClient.type("table_page"))
                            .get("total")
                            .asInt())
                    .as("text from the browser is only ever text to look for")
                    .isZero();
            assertThat(RUNS.get()).as("no request reruns the fragment").isEqualTo(runs);
        }
    }

    @Test
    void export_isADownloadForThisSession_ofTheWholeFilteredTable() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/trips", null);
            client.awaitFinished("trips");
            client.send(exportRequest(
                    "csv", "\"Fare\"", true, "[{\"column\":\"Fare\",\"op\":\"range\",\"min\":20,\"max\":21.5}]"));
            JsonNode ready = client.await(WeftTestClient.type("table_export"));
            assertThat(ready.get("table").asText()).isEqualTo("table:0");
            String url = ready.get("url").asText();
            assertThat(url).matches("/_weft/export/[0-9a-f]{32}");

            HttpResponse<String> csv = get(url);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("content-type")).hasValue("text/csv; charset=utf-8");
            assertThat(csv.headers().firstValue("content-disposition").orElseThrow())
                    .startsWith("attachment; filename=\"Trips.csv\"");
            assertThat(csv.body())
                    .isEqualTo("\uFEFFZone,Fare,Note\nzone D,21.5,n43\nzone C,21,\"'=HYPERLINK(\"\"x\"\")\"\n"
                            + "zone B,20.5,n41\nzone A,20,n40\n");

            client.send(exportRequest("xlsx", "null", false, "[]"));
            String xlsx =
                    client.await(WeftTestClient.type("table_export")).get("url").asText();
            HttpResponse<byte[]> workbook = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(base.resolve(xlsx)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(workbook.statusCode()).isEqualTo(200);
            assertThat(new String(workbook.body(), 0, 2, StandardCharsets.US_ASCII))
                    .isEqualTo("PK");

            assertThat(get("/_weft/export/" + "0".repeat(32)).statusCode()).isEqualTo(404);
            assertThat(get("/_weft/export/../media/x").statusCode()).isEqualTo(404);
            assertThat(error(client, exportRequest("pdf", "null", false, "[]"))).isEqualTo("bad_value");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(WeftTestClient client, String message) throws InterruptedException {
        client.send(message);
        return client.await(WeftTestClient.type("error")).get("code").asText();
    }

    static String request(int page, String sort, boolean desc, String search, String filters) {
        return "{\"v\":1,\"type\":\"table\",\"slot\":\"trips\",\"table\":\"table:0\",\"gen\":1,\"page\":" + page
                + ",\"sort\":" + sort + ",\"desc\":" + desc + ",\"search\":" + search + ",\"filters\":" + filters + "}";
    }

    static String exportRequest(String format, String sort, boolean desc, String filters) {
        return "{\"v\":1,\"type\":\"table_export\",\"format\":\"" + format
                + "\",\"slot\":\"trips\",\"table\":\"table:0\",\"gen\":1,\"sort\":" + sort + ",\"desc\":" + desc
                + ",\"filters\":" + filters + "}";
    }
}
