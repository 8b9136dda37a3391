package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Form;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A submitted form sets every value at once and reruns its fragment once, its submit button true in
 * that run only; if one value is refused, none is applied.
 */
class FormMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Order.class, WeftTestClient.class)
                    .addClass(FormMessagesTest.class.getPackageName() + ".FormMessagesTest_Order_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/order")
    public static class Order {

        @Fragment
        void order(Ui ui) {
            boolean express = ui.checkbox("Express", false); // outside the form
            Form form = ui.form("order");
            String item = form.selectbox("Item", List.of("Tea", "Coffee"));
            int count = form.columns(2).get(1).numberInput("Count", 1, 10, 1); // in a column of the form
            String note = form.textInput("Note", "", 10);
            form.disabled().checkbox("Gift", false);
            boolean sent = form.submitButton("Order");
            Form other = ui.form("other");
            other.textInput("Elsewhere", "");
            other.submitButton("Other");
            ui.text("item=" + item + " count=" + count + " note=" + note + " sent=" + sent + " express=" + express);
        }
    }

    private static final String ORDER = "{\"v\":1,\"type\":\"form\",\"slot\":\"order\",\"id\":\"form:order\",\"gen\":1,"
            + "\"submit\":\"form_submit_button:Order:0\",\"values\":";

    private static final String EXPRESS =
            "{\"v\":1,\"type\":\"widget\",\"slot\":\"order\",\"id\":\"checkbox:Express:0\",\"gen\":1,\"value\":true}";

    @Test
    void submit_setsEveryValueAtOnce_rerunsOnce_andTheButtonIsTrueInThatRunOnly() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/order", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "order"));
            assertThat(text(first)).isEqualTo("item=Tea count=1 note= sent=false express=false");
            assertThat(first.toString())
                    .contains("{\"t\":\"form\",\"id\":\"form:order\",\"children\":[")
                    .contains("\"id\":\"number_input:Count:0\",\"label\":\"Count\"")
                    .contains("\"form\":\"form:order\"");
            client.awaitFinished("order");

            client.send(ORDER + "{\"selectbox:Item:0\":1,\"number_input:Count:0\":3,\"text_input:Note:0\":\"hot\"}}");
            JsonNode submitted =
                    client.await(m -> WeftTestClient.slot("slot", "order").test(m));
            assertThat(submitted.get("gen").asLong()).isEqualTo(2);
            assertThat(text(submitted)).isEqualTo("item=Coffee count=3 note=hot sent=true express=false");
            client.awaitFinished("order");

            // The next run, caused by a widget outside the form, keeps the values; the button is unclicked.
            client.send(EXPRESS);
            JsonNode next =
                    client.await(m -> WeftTestClient.slot("slot", "order").test(m));
            assertThat(next.get("gen").asLong())
                    .as("the submit caused exactly one run")
                    .isEqualTo(3);
            assertThat(text(next)).isEqualTo("item=Coffee count=3 note=hot sent=false express=true");
        }
    }

    @Test
    void oneValueRefused_noneIsApplied_andTheErrorNamesIt() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/order", null);
            client.awaitFinished("order");

            client.send(ORDER + "{\"selectbox:Item:0\":1,\"number_input:Count:0\":11}}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo("bad_value");
            assertThat(error.get("id").asText()).isEqualTo("number_input:Count:0");
            assertThat(error.get("message").asText()).contains("Count").contains("10");

            client.send(EXPRESS);
            JsonNode next =
                    client.await(m -> WeftTestClient.slot("slot", "order").test(m));
            assertThat(next.get("gen").asLong()).isEqualTo(2);
            assertThat(text(next)).isEqualTo("item=Tea count=1 note= sent=false express=true");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown submit button   | order | form:order | form_submit_button:Nope:0  | {}                                  | unknown_widget
            another form's button   | order | form:order | form_submit_button:Other:0 | {}                                  | unknown_widget
            no such form            | order | form:nope  | form_submit_button:Order:0 | {}                                  | unknown_widget
            another form's field    | order | form:order | form_submit_button:Order:0 | {"text_input:Elsewhere:0": "x"}     | bad_value
            a field outside forms   | order | form:order | form_submit_button:Order:0 | {"checkbox:Express:0": true}        | bad_value
            a disabled field        | order | form:order | form_submit_button:Order:0 | {"checkbox:Gift:0": true}           | disabled
            an unknown field        | order | form:order | form_submit_button:Order:0 | {"slider:Nope:0": 1}                | unknown_widget
            too long a field        | order | form:order | form_submit_button:Order:0 | {"text_input:Note:0": "01234567890"} | bad_value
            values not an object    | order | form:order | form_submit_button:Order:0 | ["Coffee"]                          | bad_message
            unknown slot            | nope  | form:order | form_submit_button:Order:0 | {}                                  | unknown_slot
            """)
    void badForm_isRefused_andChangesNothing(
            String name, String slot, String form, String submit, String values, String code) throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/order", null);
            client.awaitFinished("order");

            client.send("{\"v\":1,\"type\":\"form\",\"slot\":\"" + slot + "\",\"id\":\"" + form + "\",\"gen\":1,"
                    + "\"submit\":\"" + submit + "\",\"values\":" + values + "}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).isNotBlank();

            client.send(EXPRESS);
            JsonNode next =
                    client.await(m -> WeftTestClient.slot("slot", "order").test(m));
            assertThat(next.get("gen").asLong()).isEqualTo(2);
            assertThat(text(next)).isEqualTo("item=Tea count=1 note= sent=false express=true");
        }
    }

    private static String text(JsonNode slot) {
        JsonNode elements = slot.get("elements");
        return elements.get(elements.size() - 1).get("text").asText();
    }
}
