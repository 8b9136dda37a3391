package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Component;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A component of the app's own and a Streamlit component refuse, over a real WebSocket, every value
 * that does not read strictly into their declared type or is longer than declared, with an error
 * naming the component, and nothing changes; a good value reruns the fragment and its dependent.
 */
class ComponentMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Components.class, Components.Place.class, Components.Picked.class, WeftTestClient.class)
            .addClass(ComponentMessagesTest.class.getPackageName() + ".ComponentMessagesTest_Components_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/components")
    public static class Components {

        public record Place(String name, double lat, double lon) {}

        public record Picked(Place place, Integer stars) {}

        static final Component<Place> MAP =
                Component.module("/maps/map.js", Place.class).maxValueBytes(200);
        static final Component<Integer> STARS = Component.streamlit("/st/stars/index.html", Integer.class);

        @Fragment
        Picked pick(Ui ui) {
            Place place = ui.component(MAP, "Map", Map.of("places", List.of("<b>Lisbon</b>")));
            Integer stars = ui.component(STARS, "Stars", Map.of("maxStars", 5));
            return new Picked(place, stars);
        }

        @Fragment
        void shown(Ui ui, Picked picked) {
            ui.text("picked "
                    + (picked.place() == null ? "nothing" : picked.place().name()) + ", stars " + picked.stars());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a field it does not declare | component:Map:0           | {"name":"Lisbon","lat":38.7,"lon":-9.1,"html":"<script>"} | Unrecognized field
            a string for a number       | component:Map:0           | {"name":"Lisbon","lat":"38.7","lon":-9.1} | does not fit Place
            a field missing             | component:Map:0           | {"name":"Lisbon","lat":38.7}               | does not fit Place
            a number for the name       | component:Map:0           | {"name":5,"lat":38.7,"lon":-9.1}           | does not fit Place
            a list                      | component:Map:0           | [1, 2]                                     | does not fit Place
            no value                    | component:Map:0           | null                                       | sent no value
            oversized                   | component:Map:0           | `{"name":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","lat":1,"lon":2}` | at most 200
            streamlit: a fraction       | streamlit_component:Stars:0 | 3.5                                     | does not fit Integer
            streamlit: a string         | streamlit_component:Stars:0 | "3"                                     | does not fit Integer
            streamlit: an object        | streamlit_component:Stars:0 | {"value":3}                             | does not fit Integer
            """)
    void badValue_isRefusedNamingTheComponent_andChangesNothing(String name, String id, String value, String says)
            throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/components", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "pick"));
            client.await(WeftTestClient.slot("slot", "shown"));
            client.awaitFinished("shown");

            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"pick\",\"id\":\"" + id + "\",\"gen\":1,\"value\":"
                    + value + "}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo("bad_value");
            assertThat(error.get("message").asText()).contains(says);
            assertThat(error.get("id").asText()).isEqualTo(id);

            // Nothing changed: the next good value is the first the fragment sees.
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"pick\",\"id\":\"component:Map:0\",\"gen\":1,"
                    + "\"value\":{\"name\":\"Porto\",\"lat\":41.15,\"lon\":-8.61}}");
            JsonNode rerun = client.await(m ->
                    WeftTestClient.slot("slot", "pick").test(m) && m.get("gen").asLong() == 2);
            assertThat(rerun.toString())
                    .isEqualTo(content.toString()
                            .replace("\"gen\":1", "\"gen\":2")
                            .replaceFirst(
                                    "\"value\":null", "\"value\":{\"name\":\"Porto\",\"lat\":41.15,\"lon\":-8.61}"));
            JsonNode shown = client.await(m ->
                    WeftTestClient.slot("slot", "shown").test(m) && m.get("gen").asLong() == 2);
            assertThat(shown.toString()).contains("picked Porto, stars null");
        }
    }

    @Test
    void element_carriesTheModuleAndThePropsAsData() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/components", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "pick"));
            String json = content.toString();
            assertThat(json)
                    .contains(
                            "\"t\":\"component\"",
                            "\"module\":\"/maps/map.js\"",
                            "\"props\":{\"places\":[\"<b>Lisbon</b>\"]}");
            assertThat(json).contains("\"t\":\"streamlit_component\"", "\"src\":\"/st/stars/index.html\"");
        }
    }

    @Test
    void streamlitValue_reachesTheDependent() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/components", null);
            client.await(WeftTestClient.slot("slot", "shown"));
            client.awaitFinished("shown");
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"pick\",\"id\":\"streamlit_component:Stars:0\","
                    + "\"gen\":1,\"value\":4}");
            JsonNode shown = client.await(m ->
                    WeftTestClient.slot("slot", "shown").test(m) && m.get("gen").asLong() == 2);
            assertThat(shown.toString()).contains("picked nothing, stars 4");
        }
    }
}
