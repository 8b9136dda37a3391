package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Layout containers on the wire: containers carry their elements in {@code children}, widgets in
 * them keep ids that do not depend on the container and are validated as anywhere else, and the
 * welcome tells each slot's area.
 */
class LayoutTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Page.class, WeftTestClient.class)
                    .addClass(LayoutTest.class.getPackageName() + ".LayoutTest_Page_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/layout")
    public static class Page {

        @Fragment(area = Area.SIDEBAR)
        boolean settings(Ui ui) {
            return ui.checkbox("Wide", false);
        }

        @Fragment
        void page(Ui ui, boolean settings) {
            List<Ui> columns = settings ? ui.columns(1, 1) : ui.columns(2, 1);
            List<Ui> tabs = columns.get(0).tabs("Chart", "Data");
            tabs.get(1).text("in tab Data");
            Ui details = columns.get(1).expander("Details", true);
            details.text("in the expander");
            tabs.get(0).text("in tab Chart"); // drawn into the first tab after the second tab's text
            int year = tabs.get(1).slider("Year", 2015, 2025, 2024);
            Ui box = ui.container();
            Ui placeholder = ui.empty();
            placeholder.checkbox("Gone", false);
            placeholder.text("year " + year);
            box.text("container, drawn into last");
        }

        @Fragment
        void moving(Ui ui) {
            boolean inColumn = ui.checkbox("In a column", false);
            Ui target = inColumn ? ui.columns(2).get(1) : ui.container();
            target.slider("Level", 0, 10, 5);
        }

        @Fragment
        void broken(Ui ui) {
            ui.text("before");
            ui.columns(0);
        }
    }

    @Test
    void containers_carryTheirElementsInChildren_whereTheyWereDrawn() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/layout", null);
            assertThat(welcome.at("/slots/0/area").asText()).isEqualTo("sidebar");
            assertThat(welcome.at("/slots/1/area").asText()).isEqualTo("main");

            JsonNode page = client.await(WeftTestClient.slot("slot", "page")).get("elements");
            assertThat(types(page)).containsExactly("columns", "container", "empty");
            JsonNode columns = page.get(0).get("children");
            assertThat(types(columns)).containsExactly("column", "column");
            assertThat(columns.at("/0/width").asDouble()).isEqualTo(2.0);
            assertThat(columns.at("/1/width").asDouble()).isEqualTo(1.0);

            JsonNode tabs = columns.at("/0/children/0");
            assertThat(tabs.get("t").asText()).isEqualTo("tabs");
            assertThat(tabs.at("/children/0/label").asText()).isEqualTo("Chart");
            assertThat(tabs.at("/children/0/children/0/text").asText()).isEqualTo("in tab Chart");
            JsonNode data = tabs.at("/children/1/children");
            assertThat(data.at("/0/text").asText()).isEqualTo("in tab Data");
            assertThat(data.at("/1/id").asText()).as("ids ignore containers").isEqualTo("slider:Year:0");

            JsonNode expander = columns.at("/1/children/0");
            assertThat(expander.get("t").asText()).isEqualTo("expander");
            assertThat(expander.get("label").asText()).isEqualTo("Details");
            assertThat(expander.get("expanded").asBoolean()).isTrue();
            assertThat(expander.at("/children/0/text").asText()).isEqualTo("in the expander");

            assertThat(page.at("/1/children/0/text").asText()).isEqualTo("container, drawn into last");
            JsonNode placeholder = page.at("/2/children");
            assertThat(placeholder.size())
                    .as("empty() holds its last element only")
                    .isEqualTo(1);
            assertThat(placeholder.at("/0/text").asText()).isEqualTo("year 2024");
        }
    }

    @Test
    void nestedWidget_isValidated_andItsValueReachesTheRun() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/layout", null);
            client.awaitFinished("page");
            client.send(widget("page", "slider:Year:0", "2031"));
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("bad_value");
            client.send(widget("page", "checkbox:Gone:0", "true"));
            assertThat(client.await(WeftTestClient.type("error")).get("code").asText())
                    .as("a widget replaced in an empty() is gone")
                    .isEqualTo("unknown_widget");

            client.send(widget("page", "slider:Year:0", "2020"));
            JsonNode rerun = client.await(m ->
                    WeftTestClient.slot("slot", "page").test(m) && m.get("gen").asLong() == 2);
            assertThat(rerun.at("/elements/0/children/0/children/0/children/1/children/1/value")
                            .asInt())
                    .isEqualTo(2020);
            assertThat(rerun.at("/elements/2/children/0/text").asText()).isEqualTo("year 2020");
        }
    }

    @Test
    void widgetMovedToAnotherContainer_keepsItsIdAndValue() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/layout", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "moving"));
            assertThat(first.at("/elements/1/children/0/id").asText()).isEqualTo("slider:Level:0");
            client.send(widget("moving", "slider:Level:0", "8"));
            client.await(m -> WeftTestClient.slot("slot", "moving").test(m)
                    && m.get("gen").asLong() == 2);

            client.send(widget("moving", "checkbox:In a column:0", "true"));
            JsonNode moved =
                    client.await(m -> WeftTestClient.slot("slot", "moving").test(m)
                            && m.get("gen").asLong() == 3);
            JsonNode slider = moved.at("/elements/1/children/1/children/0");
            assertThat(slider.get("id").asText()).isEqualTo("slider:Level:0");
            assertThat(slider.get("value").asInt())
                    .as("the value moved with it")
                    .isEqualTo(8);
        }
    }

    @Test
    void badLayoutArgument_failsTheFragment_withTheReason() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/layout", null);
            assertThat(client.awaitFinished("broken").get("broken").get("state").asText())
                    .isEqualTo("failed");
            JsonNode content = client.seen().stream()
                    .filter(WeftTestClient.slot("slot", "broken"))
                    .findFirst()
                    .orElseThrow();
            assertThat(content.at("/elements/0/text").asText()).isEqualTo("before");
            assertThat(content.at("/elements/1/message").asText())
                    .contains("columns(0)")
                    .contains("1 to 12");
        }
    }

    private static List<String> types(JsonNode elements) {
        List<String> types = new ArrayList<>();
        elements.forEach(element -> types.add(element.get("t").asText()));
        return types;
    }

    private static String widget(String slot, String id, String value) {
        return "{\"v\":1,\"type\":\"widget\",\"slot\":\"" + slot + "\",\"id\":\"" + id + "\",\"gen\":1,\"value\":"
                + value + "}";
    }
}
