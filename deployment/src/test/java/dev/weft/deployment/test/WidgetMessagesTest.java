package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Widget values from the browser are checked against the widget as drawn; a bad one changes nothing. */
class WidgetMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Form.class, WeftTestClient.class)
                    .addClass(WidgetMessagesTest.class.getPackageName() + ".WidgetMessagesTest_Form_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/form")
    public static class Form {

        @Fragment
        void form(Ui ui) {
            ui.slider("Year", 2015, 2025, 2024);
            ui.slider("Share", 0.0, 1.0, 0.5, 0.25);
            ui.selectbox("Region", List.of("EU", "US"));
            ui.checkbox("Forecast", false);
            ui.textInput("Name", "", 5);
            ui.numberInput("Rows", 1, 100, 10);
            ui.disabled().checkbox("Locked", true);
            ui.key("go").button("Go");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "out of range       | form | slider:Year:0       | 2030     | bad_value",
                "not a whole number | form | slider:Year:0       | 2020.5   | bad_value",
                "a string           | form | slider:Year:0       | `\"2020\"` | bad_value",
                "off the step       | form | slider:Share:0      | 0.3      | bad_value",
                "an option's text   | form | selectbox:Region:0  | `\"US\"` | bad_value",
                "no such option     | form | selectbox:Region:0  | 2        | bad_value",
                "not a boolean      | form | checkbox:Forecast:0 | 1        | bad_value",
                "too long           | form | text_input:Name:0   | `\"abcdef\"` | bad_value",
                "number too small   | form | number_input:Rows:0 | 0        | bad_value",
                "button not true    | form | key:go              | false    | bad_value",
                "disabled           | form | checkbox:Locked:0   | false    | disabled",
                "unknown widget     | form | slider:Nope:0       | 1        | unknown_widget",
                "unknown slot       | nope | slider:Year:0       | 2020     | unknown_slot",
            })
    void badWidgetValue_isRefused_andChangesNothing(String name, String slot, String id, String value, String code)
            throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/form", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "form"));
            client.awaitFinished("form");

            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"" + slot + "\",\"id\":\"" + id
                    + "\",\"gen\":1,\"value\":" + value + "}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).isNotBlank();

            // A good value afterwards is accepted: the fragment reruns (generation 2) and nothing else happened.
            client.send(
                    "{\"v\":1,\"type\":\"widget\",\"slot\":\"form\",\"id\":\"slider:Year:0\",\"gen\":1,\"value\":2020}");
            JsonNode rerun = client.await(m ->
                    WeftTestClient.slot("slot", "form").test(m) && m.get("gen").asLong() == 2);
            assertThat(rerun.at("/elements/0/value").asInt()).isEqualTo(2020);
            assertThat(rerun.toString())
                    .isEqualTo(content.toString()
                            .replace("\"gen\":1", "\"gen\":2")
                            .replace("\"value\":2024", "\"value\":2020"));
        }
    }
}
