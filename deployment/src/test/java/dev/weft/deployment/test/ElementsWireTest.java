package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.ChartSpec;
import dev.weft.DeltaColor;
import dev.weft.Fragment;
import dev.weft.Progress;
import dev.weft.Renderable;
import dev.weft.Spinner;
import dev.weft.StatusBox;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JSON of the text, data, chart, status and display elements on the wire, the checks on their
 * arguments, and toasts.
 */
class ElementsWireTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    /** What the {@code live} fragment waits for after its half-way progress: open unless a test closes it. */
    static volatile CountDownLatch release = new CountDownLatch(0);

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Page.class, Page.Sale.class, Page.Shape.class, WeftTestClient.class)
                            .addClass(ElementsWireTest.class.getPackageName() + ".ElementsWireTest_Page_WeftApp"))
            .overrideRuntimeConfigKey("quarkus.weft.partial-interval", "20MS");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/elements")
    public static class Page {

        public record Sale(String month, double revenue, int orders) {}

        /** Offers Markdown and PNG: display picks the PNG. */
        public record Shape(String name) implements Renderable {
            @Override
            public Map<String, Object> renderings() {
                return Map.of(MARKDOWN, "**" + name + "**", PNG, ElementsWireTest.PNG, VEGA_LITE, Map.of());
            }
        }

        static final List<Sale> SALES = List.of(new Sale("Jan", 10.5, 3), new Sale("Feb", 12, 4));

        @Fragment
        void text(Ui ui) {
            ui.subheader("Sub");
            ui.caption("Small print");
            ui.code("int x = 1;", " Java ");
            ui.code("plain");
            ui.divider();
            ui.html("<b>bold</b>");
            ui.json("{\"a\": [1, 2, {\"b\": null}]}");
            ui.json(SALES.get(0));
            ui.metric("Revenue", "12 k€", "+5 %");
            ui.metric("Costs", "8 k€", "-2 %", DeltaColor.INVERSE);
            ui.metric("Users", "120");
        }

        @Fragment
        void charts(Ui ui) {
            ui.lineChart(SALES, "month", "revenue", "orders");
            ui.areaChart(List.of(1, 2, 3));
            ui.barChart(List.of("a", "b"), Map.of("n", List.of(1, 2)));
            ui.scatterChart(SALES, "revenue", "orders");
            ui.chart(Map.of("series", List.of(Map.of("type", "pie", "data", List.of(1, 2)))));
            ui.chart("{\"xAxis\": {}}");
        }

        @Fragment
        void status(Ui ui) {
            ui.info("Note");
            ui.success("Done");
            ui.warning("Careful");
            ui.exception(new IllegalArgumentException("Bad input"));
            StatusBox box = ui.status("Loading");
            box.text("step 1");
            box.update(StatusBox.State.ERROR, null);
            Progress bar = ui.progress(0.25, "a quarter");
            bar.set(0.5);
            try (Spinner spinner = ui.spinner("never in the final content")) {
                ui.text("inside the spinner's block");
            }
            ui.spinner("left open, still not in the final content");
        }

        @Fragment
        void display(Ui ui) {
            ui.display("**md**");
            ui.display(7);
            ui.display(null);
            ui.display(new IllegalStateException("boom"));
            ui.display(SALES);
            Map<String, List<?>> columns = new LinkedHashMap<>();
            columns.put("x", List.of(1, 2));
            columns.put("y", List.of("a", "b"));
            ui.display(columns);
            ui.display(Map.of("k", "v"));
            ui.display(List.of(1, 2, 3));
            ui.display(PNG);
            ui.display(new byte[] {1, 2, 3});
            ui.display(new Shape("circle"));
            ui.display(ChartSpec.of("{\"series\": []}"));
            ui.display(SALES.get(1));
            ui.display(new StringBuilder("built"));
            ui.display(new Object() {
                @Override
                public String toString() {
                    return "custom";
                }
            });
        }

        @Fragment(parallel = true)
        void live(Ui ui) throws InterruptedException {
            Progress bar = ui.progress(0, "start");
            ui.toast("Hello once");
            bar.set(0.5, "half");
            release.await(20, TimeUnit.SECONDS);
            bar.set(1, "done");
        }

        @Fragment
        void bad(Ui ui) {
            List<String> failures = new ArrayList<>();
            failures.add(failure(() -> ui.progress(1.5, null)));
            failures.add(failure(() -> ui.image(new byte[] {1, 2, 3, 4, 5})));
            failures.add(failure(() -> ui.image("javascript:alert(1)")));
            failures.add(failure(() -> ui.json("{not json")));
            failures.add(failure(() -> ui.lineChart(SALES, "month", "nope")));
            failures.add(failure(() -> ui.table(Map.of("a", List.of(1), "b", List.of(1, 2)))));
            failures.add(failure(() -> ui.downloadButton("x", new byte[1], " ", null)));
            failures.add(failure(() -> ui.downloadButton("x", new byte[1], "a.bin", "not a type")));
            failures.add(failure(() -> ui.chart("[1, 2]")));
            failures.forEach(ui::text);
        }

        private static String failure(Runnable call) {
            try {
                call.run();
                return "no failure";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
    }

    @Test
    void textAndData_elements() throws Exception {
        JsonNode elements = content("text");
        assertThat(elements.get(0).toString()).isEqualTo("{\"t\":\"subheader\",\"text\":\"Sub\"}");
        assertThat(elements.get(1).toString()).isEqualTo("{\"t\":\"caption\",\"text\":\"Small print\"}");
        assertThat(elements.get(2).toString())
                .isEqualTo("{\"t\":\"code\",\"code\":\"int x = 1;\",\"language\":\"java\"}");
        assertThat(elements.get(3).has("language")).isFalse();
        assertThat(elements.get(4).toString()).isEqualTo("{\"t\":\"divider\"}");
        assertThat(elements.get(5).toString()).isEqualTo("{\"t\":\"html\",\"html\":\"<b>bold</b>\"}");
        assertThat(elements.get(6).get("value").toString()).isEqualTo("{\"a\":[1,2,{\"b\":null}]}");
        assertThat(elements.get(7).get("value").toString())
                .isEqualTo("{\"month\":\"Jan\",\"revenue\":10.5,\"orders\":3}");
        assertThat(elements.get(8).toString())
                .isEqualTo("{\"t\":\"metric\",\"label\":\"Revenue\",\"value\":\"12 k€\",\"delta\":\"+5 %\","
                        + "\"direction\":\"up\",\"color\":\"normal\"}");
        assertThat(elements.get(9).get("direction").asText()).isEqualTo("down");
        assertThat(elements.get(9).get("color").asText()).isEqualTo("inverse");
        assertThat(elements.get(10).has("delta")).isFalse();
    }

    @Test
    void charts_fromRecordsColumnsAndOptions() throws Exception {
        JsonNode elements = content("charts");
        assertThat(elements.get(0).toString())
                .isEqualTo("{\"t\":\"line_chart\",\"x\":[\"Jan\",\"Feb\"],\"series\":[{\"name\":\"revenue\","
                        + "\"data\":[10.5,12.0]},{\"name\":\"orders\",\"data\":[3,4]}]}");
        assertThat(elements.get(1).get("t").asText()).isEqualTo("area_chart");
        assertThat(elements.get(1).get("x").toString()).isEqualTo("[0,1,2]");
        assertThat(elements.get(2).get("t").asText()).isEqualTo("bar_chart");
        assertThat(elements.get(3).get("t").asText()).isEqualTo("scatter_chart");
        assertThat(elements.get(3).get("x").toString()).isEqualTo("[10.5,12.0]");
        assertThat(elements.get(4).get("t").asText()).isEqualTo("chart");
        assertThat(elements.get(4).at("/option/series/0/type").asText()).isEqualTo("pie");
        assertThat(elements.get(4).at("/option/series/0/data").toString()).isEqualTo("[1,2]");
        assertThat(elements.get(5).get("option").toString()).isEqualTo("{\"xAxis\":{}}");
    }

    @Test
    void status_elements_spinnersNeverInTheFinalContent() throws Exception {
        JsonNode elements = content("status");
        assertThat(elements.get(0).toString()).isEqualTo("{\"t\":\"info\",\"message\":\"Note\"}");
        assertThat(elements.get(1).get("t").asText()).isEqualTo("success");
        assertThat(elements.get(2).get("t").asText()).isEqualTo("warning");
        assertThat(elements.get(3).get("t").asText()).isEqualTo("error");
        assertThat(elements.get(3).get("message").asText()).isEqualTo("IllegalArgumentException: Bad input");
        assertThat(elements.get(3).has("trace"))
                .as("no stack trace outside dev mode")
                .isFalse();
        assertThat(elements.get(4).toString())
                .isEqualTo("{\"t\":\"status\",\"label\":\"Loading\",\"state\":\"error\",\"children\":"
                        + "[{\"t\":\"text\",\"text\":\"step 1\"}]}");
        assertThat(elements.get(5).toString()).isEqualTo("{\"t\":\"progress\",\"value\":0.5,\"text\":\"a quarter\"}");
        assertThat(elements.get(6).get("text").asText()).isEqualTo("inside the spinner's block");
        assertThat(elements.size()).as("no spinner, closed or left open").isEqualTo(7);
    }

    @Test
    void display_picksTheElementByType() throws Exception {
        JsonNode elements = content("display");
        List<String> types = new ArrayList<>();
        elements.forEach(element -> types.add(element.get("t").asText()));
        assertThat(types)
                .containsExactly(
                        "markdown",
                        "text",
                        "text",
                        "error",
                        "table",
                        "table",
                        "json",
                        "json",
                        "image",
                        "text",
                        "image",
                        "chart",
                        "json",
                        "markdown",
                        "text");
        assertThat(elements.get(1).get("text").asText()).isEqualTo("7");
        assertThat(elements.get(2).get("text").asText()).isEqualTo("null");
        assertThat(elements.get(3).get("message").asText()).isEqualTo("IllegalStateException: boom");
        assertThat(elements.get(5).at("/columns/1/name").asText()).isEqualTo("y");
        assertThat(elements.get(9).get("text").asText()).isEqualTo("3 bytes");
        assertThat(elements.get(10).get("url").asText())
                .as("the PNG rendering (richer than Markdown)")
                .isEqualTo(elements.get(8).get("url").asText());
        assertThat(elements.get(13).get("text").asText()).isEqualTo("built");
        assertThat(elements.get(14).get("text").asText()).isEqualTo("custom");
    }

    @Test
    void badArguments_failTheCall_withHowToFixIt() throws Exception {
        List<String> messages = new ArrayList<>();
        content("bad").forEach(element -> messages.add(element.get("text").asText()));
        assertThat(messages.get(0)).contains("from 0.0 to 1.0, not 1.5");
        assertThat(messages.get(1)).contains("not a PNG, JPEG, GIF, WebP or SVG");
        assertThat(messages.get(2)).contains("not an http(s) URL");
        assertThat(messages.get(3)).contains("not JSON");
        assertThat(messages.get(4)).contains("no field 'nope'").contains("[month, revenue, orders]");
        assertThat(messages.get(5)).contains("one value per row");
        assertThat(messages.get(6)).contains("needs a file name");
        assertThat(messages.get(7)).contains("is not a MIME type");
        assertThat(messages.get(8)).contains("is a JSON object");
    }

    @Test
    void progress_movesInPartialOutput_andAToastIsSentOnce() throws Exception {
        release = new CountDownLatch(1);
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            JsonNode welcome = client.hello("/elements", null);
            JsonNode toast = client.await(WeftTestClient.type("toast"));
            assertThat(toast.get("slot").asText()).isEqualTo("live");
            assertThat(toast.get("text").asText()).isEqualTo("Hello once");
            JsonNode half = client.await(m -> WeftTestClient.partial("live").test(m)
                    && m.at("/elements/0/value").asDouble() == 0.5);
            assertThat(half.at("/elements/0/text").asText()).isEqualTo("half");
            release.countDown();
            JsonNode done = client.await(WeftTestClient.slot("slot", "live"));
            assertThat(done.at("/elements/0/value").asDouble()).isEqualTo(1.0);

            client.drop(); // a session has one connection: the tab comes back after losing it
            try (WeftTestClient again = WeftTestClient.connect(base)) {
                assertThat(again.hello("/elements", welcome.get("session").asText())
                                .get("resumed")
                                .asBoolean())
                        .isTrue();
                again.awaitSeen(WeftTestClient.slot("status", "live"));
                Thread.sleep(200);
                assertThat(again.seen())
                        .as("a resumed session does not show the toast again")
                        .noneMatch(WeftTestClient.type("toast"));
            }
        }
    }

    private JsonNode content(String slot) throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/elements", null);
            return client.await(WeftTestClient.slot("slot", slot)).get("elements");
        }
    }
}
