package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.DateRange;
import dev.weft.Form;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The range slider, multiselect, radio group, pills, segmented control, select sliders, date range,
 * toggle, text area, date and time inputs, colour picker,
 * file uploader and form fields refuse, over a real WebSocket, every value they could not have sent — of
 * the wrong type, out of range, off the step, an unknown option, too long, an unknown upload — with an
 * error naming the widget, and nothing changes.
 */
class RichWidgetMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Widgets.class, WeftTestClient.class)
            .addClass(RichWidgetMessagesTest.class.getPackageName() + ".RichWidgetMessagesTest_Widgets_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/widgets")
    public static class Widgets {

        @Fragment
        void widgets(Ui ui) {
            ui.rangeSlider("Years", 2015, 2025, 2018, 2022);
            ui.rangeSlider("Share", 0.0, 1.0, 0.25, 0.75, 0.25);
            ui.multiselect("Regions", List.of("EU", "US", "APAC"), List.of("EU"), 2);
            ui.radio("Size", List.of("S", "M", "L"));
            ui.toggle("Live", false);
            ui.disabled().toggle("Locked", true);
            ui.textArea("Notes", "", 5);
            ui.dateInput("Day", LocalDate.of(2024, 5, 17), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            ui.timeInput("At", LocalTime.of(9, 30));
            ui.colorPicker("Colour", "#4F46E5");
            ui.pills("Tag", List.of("New", "Sale"));
            ui.multiSegmentedControl("Days", List.of("Mon", "Tue", "Wed"), List.of("Mon"));
            ui.selectSlider("Fit", List.of("S", "M", "L"), "M");
            ui.rangeSelectSlider("Months", List.of("Jan", "Feb", "Mar"), "Jan", "Feb");
            ui.dateRangeInput(
                    "Stay",
                    new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 7)),
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31));
            ui.fileUploader("Data", List.of("csv"), 1000);
            Form form = ui.form("signup");
            form.textInput("Name", "");
            form.submitButton("Send");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            range: not a pair             | range_slider:Years:0       | [2018]                | bad_value
            range: not numbers            | range_slider:Years:0       | "2018-2022"           | bad_value
            range: out of range           | range_slider:Years:0       | [2010, 2020]          | bad_value
            range: low above high         | range_slider:Years:0       | [2022, 2018]          | bad_value
            range: not whole numbers      | range_slider:Years:0       | [2018.5, 2022]        | bad_value
            decimal range: off the step   | range_slider:Share:0       | [0.1, 0.5]            | bad_value
            multiselect: not a list       | multiselect:Regions:0      | 0                     | bad_value
            multiselect: no such position | multiselect:Regions:0      | [3]                   | bad_value
            multiselect: a negative one   | multiselect:Regions:0      | [-1]                  | bad_value
            multiselect: an option's text | multiselect:Regions:0      | ["EU"]                | bad_value
            multiselect: an option twice  | multiselect:Regions:0      | [0, 0]                | bad_value
            multiselect: too many         | multiselect:Regions:0      | [0, 1, 2]             | bad_value
            radio: no such position       | radio:Size:0               | 3                     | bad_value
            radio: an option's text       | radio:Size:0               | "M"                   | bad_value
            radio: not a whole number     | radio:Size:0               | 1.5                   | bad_value
            radio: none                   | radio:Size:0               | null                  | bad_value
            toggle: not a boolean         | toggle:Live:0              | "yes"                 | bad_value
            toggle: disabled              | toggle:Locked:0            | false                 | disabled
            text area: too long           | text_area:Notes:0          | "abcdef"              | bad_value
            text area: not text           | text_area:Notes:0          | 5                     | bad_value
            date: another format          | date_input:Day:0           | "17/05/2024"          | bad_value
            date: no such day             | date_input:Day:0           | "2024-02-30"          | bad_value
            date: before the first        | date_input:Day:0           | "2023-12-31"          | bad_value
            date: after the last          | date_input:Day:0           | "2025-01-01"          | bad_value
            date: not text                | date_input:Day:0           | 20240517              | bad_value
            time: another format          | time_input:At:0            | "9:30"                | bad_value
            time: off the step            | time_input:At:0            | "09:10"               | bad_value
            time: no such time            | time_input:At:0            | "25:00"               | bad_value
            colour: a name                | color_picker:Colour:0      | "red"                 | bad_value
            colour: three digits          | color_picker:Colour:0      | "#fff"                | bad_value
            colour: not text              | color_picker:Colour:0      | 16777215              | bad_value
            pills: no such position       | pills:Tag:0                | 2                     | bad_value
            pills: a list                 | pills:Tag:0                | [0]                   | bad_value
            pills: an option's text       | pills:Tag:0                | "Sale"                | bad_value
            segments: an option twice     | segmented_control:Days:0   | [1, 1]                | bad_value
            segments: not a list          | segmented_control:Days:0   | 1                     | bad_value
            select slider: before first   | select_slider:Fit:0        | -1                    | bad_value
            select slider: none           | select_slider:Fit:0        | null                  | bad_value
            range select: low above high  | range_select_slider:Months:0 | [2, 0]              | bad_value
            range select: past the end    | range_select_slider:Months:0 | [0, 3]              | bad_value
            date range: from after to     | date_range_input:Stay:0    | ["2024-06-07", "2024-06-01"] | bad_value
            date range: before the bounds | date_range_input:Stay:0    | ["2023-12-31", "2024-01-05"] | bad_value
            date range: one date          | date_range_input:Stay:0    | "2024-06-01"          | bad_value
            uploader: not a list          | file_uploader:Data:0       | "data.csv"            | bad_value
            uploader: no such upload      | file_uploader:Data:0       | ["0123abcd"]          | bad_value
            uploader: too many files      | file_uploader:Data:0       | ["a", "b"]            | bad_value
            form field sent alone         | text_input:Name:0          | "Ann"                 | bad_value
            submit button sent alone      | form_submit_button:Send:0  | true                  | bad_value
            """)
    void badValue_isRefusedNamingTheWidget_andChangesNothing(String name, String id, String value, String code)
            throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/widgets", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "widgets"));
            client.awaitFinished("widgets");
            assertThat(content.toString()).contains("\"value\":\"#4f46e5\""); // normalized as drawn

            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"widgets\",\"id\":\"" + id + "\",\"gen\":1,\"value\":"
                    + value + "}");
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("slot").asText()).isEqualTo("widgets");
            assertThat(error.get("id").asText()).isEqualTo(id);

            // A good value afterwards is accepted: the fragment reruns once, and only that value changed.
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"widgets\",\"id\":\"range_slider:Years:0\",\"gen\":1,"
                    + "\"value\":[2019,2022]}");
            JsonNode rerun =
                    client.await(m -> WeftTestClient.slot("slot", "widgets").test(m)
                            && m.get("gen").asLong() == 2);
            assertThat(rerun.toString())
                    .isEqualTo(content.toString()
                            .replace("\"gen\":1", "\"gen\":2")
                            .replace("\"value\":[2018,2022]", "\"value\":[2019,2022]"));
        }
    }
}
