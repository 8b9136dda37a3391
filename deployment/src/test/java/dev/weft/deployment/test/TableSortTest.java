package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.runtime.session.Sessions;
import dev.weft.runtime.tables.TableData;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sorting a large table runs off the session's lock and off the thread reading its messages: the tab's
 * other messages are handled while it sorts, and requests for a table that is sorting are coalesced,
 * the newest one answered and the ones it superseded never sorted.
 */
class TableSortTest {

    static final int ROWS = 400_000;

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Page.class, WeftTestClient.class)
                    .addClass(TableSortTest.class.getPackageName() + ".TableSortTest_Page_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/big-table")
    public static class Page {

        static final Map<String, List<?>> COLUMNS = columns();

        @Fragment
        void controls(Ui ui) {
            ui.text("flag=" + ui.checkbox("Flag", false));
        }

        @Fragment
        void big(Ui ui) {
            ui.table(COLUMNS);
        }

        private static Map<String, List<?>> columns() {
            List<String> names = new ArrayList<>(ROWS);
            List<Long> numbers = new ArrayList<>(ROWS);
            long x = 42;
            for (int i = 0; i < ROWS; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                names.add(Long.toString(x >>> 1, 36));
                numbers.add(x >>> 20);
            }
            Map<String, List<?>> columns = new LinkedHashMap<>();
            columns.put("name", names);
            columns.put("n", numbers);
            return columns;
        }
    }

    @Test
    void widgetMessage_isHandledWhileATableSorts() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/big-table", null);
            client.awaitFinished("controls", "big");

            client.send(request(0, "\"name\"", false));
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"controls\",\"id\":\"checkbox:Flag:0\",\"gen\":1,"
                    + "\"value\":true}");
            client.awaitSeen(WeftTestClient.type("table_page"));
            client.awaitSeen(m -> WeftTestClient.slot("slot", "controls").test(m)
                    && m.get("gen").asLong() == 2);

            List<String> order = new ArrayList<>();
            for (JsonNode message : client.seen()) {
                if (WeftTestClient.type("table_page").test(message)) {
                    order.add("table_page");
                } else if (WeftTestClient.slot("slot", "controls").test(message)
                        && message.get("gen").asLong() == 2) {
                    order.add(String.join(",", message.findValuesAsText("text")));
                }
            }
            assertThat(order)
                    .as("the widget's rerun is sent while the sort asked for before it runs")
                    .containsExactly("flag=true", "table_page");
        }
    }

    @Test
    void requestsWhileATableSorts_areCoalesced_andPagingASortedTableDoesNotSortAgain() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            String session = client.hello("/big-table", null).get("session").asText();
            client.awaitFinished("controls", "big");

            client.send(request(0, "\"name\"", false));
            client.send(request(0, "\"name\"", true));
            client.send(request(0, "\"n\"", false));
            client.send(request(1, "\"n\"", true));
            JsonNode answer = client.await(WeftTestClient.type("table_page"));
            assertThat(answer.get("sort").asText()).isEqualTo("n");
            assertThat(answer.get("desc").asBoolean()).isTrue();
            assertThat(answer.get("page").asInt()).isEqualTo(1);
            assertThat(answer.at("/rows/0/1").asLong())
                    .isGreaterThanOrEqualTo(answer.at("/rows/19/1").asLong());

            client.send(request(2, "\"n\"", true));
            JsonNode next = client.await(WeftTestClient.type("table_page"));
            assertThat(next.get("page").asInt()).isEqualTo(2);
            assertThat(next.at("/rows/0/1").asLong())
                    .isLessThanOrEqualTo(answer.at("/rows/19/1").asLong());

            assertThat(client.seen().stream()
                            .filter(WeftTestClient.type("table_page"))
                            .count())
                    .as("only the newest of the requests that came during a sort is answered")
                    .isEqualTo(2);
            assertThat(sorts(session))
                    .as("the first request's sort, and the newest one's; paging sorts nothing")
                    .isEqualTo(2);
        }
    }

    private static int sorts(String session) {
        return ((TableData) Arc.container()
                        .instance(Sessions.class)
                        .get()
                        .byId(session)
                        .orElseThrow()
                        .snapshot("big")
                        .assets()
                        .table("table:0"))
                .sorts();
    }

    private static String request(int page, String sort, boolean desc) {
        return "{\"v\":1,\"type\":\"table\",\"slot\":\"big\",\"table\":\"table:0\",\"gen\":1,\"page\":" + page
                + ",\"sort\":" + sort + ",\"desc\":" + desc + "}";
    }
}
