package dev.weft.runtime.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.DateRange;
import dev.weft.LabelVisibility;
import dev.weft.OptionRange;
import dev.weft.Options;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Choice widgets over the app's own objects (enums, records): the browser is shown labels and sends
 * positions, which come back as the app's objects; anything else is refused with {@code bad_value}.
 * Also the date range, the link button and the look (help, placeholder, hidden labels) of widgets.
 */
class OptionWidgetsTest {

    enum Region {
        EMEA("Europe & Africa"),
        AMER("Americas"),
        APAC("Asia Pacific");

        final String displayName;

        Region(String displayName) {
            this.displayName = displayName;
        }

        String displayName() {
            return displayName;
        }
    }

    record City(String name, int people) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Canvas canvas = new Canvas(Map.of());
    private final UiImpl ui = new UiImpl(canvas);

    @Test
    void selectbox_ofAnEnum_showsItsLabels_andSendsPositions() {
        Region region = ui.selectbox("Region", Options.of(Region.values()).label(Region::displayName), 1);

        assertThat(region).isEqualTo(Region.AMER);
        JsonNode element = canvas.seal().elements().get(0);
        assertThat(element.get("options").toString()).isEqualTo("[\"Europe & Africa\",\"Americas\",\"Asia Pacific\"]");
        assertThat(element.get("value").asInt()).isEqualTo(1);
    }

    @Test
    void aPosition_comesBackAsTheAppsOwnObject() throws Exception {
        ui.selectbox("Region", List.of(Region.values()));
        WidgetSpec spec = canvas.drawnWidget("selectbox:Region:0");

        assertThat(spec.accept(JSON.readTree("2"))).isSameAs(Region.APAC);
        assertThat(canvas.seal().elements().get(0).get("options").toString())
                .as("labelled by toString by default")
                .isEqualTo("[\"EMEA\",\"AMER\",\"APAC\"]");
    }

    @Test
    void forgedChoices_areRefusedAsBadValues() {
        ui.radio("Region", List.of(Region.values()));
        ui.multiselect("Cities", List.of(new City("Oslo", 700_000), new City("Bergen", 285_000)));
        WidgetSpec radio = canvas.drawnWidget("radio:Region:0");
        WidgetSpec multi = canvas.drawnWidget("multiselect:Cities:0");

        for (String forged : List.of("3", "-1", "1.5", "\"AMER\"", "null", "[1]", "{}", "99999999999")) {
            assertRefused(radio, forged);
        }
        for (String forged : List.of("[2]", "[0, 0]", "[\"Oslo\"]", "0", "[null]")) {
            assertRefused(multi, forged);
        }
    }

    @Test
    void aKeptOption_isFoundByEquality_inANewRunsOptions() {
        City oslo = new City("Oslo", 700_000);
        Canvas next = new Canvas(Map.of("selectbox:City:0", oslo));
        // The next run builds new but equal records, in another order: the choice stays on Oslo.
        City picked =
                new UiImpl(next).selectbox("City", List.of(new City("Bergen", 285_000), new City("Oslo", 700_000)));

        assertThat(picked).isEqualTo(oslo);
        assertThat(next.seal().elements().get(0).get("value").asInt()).isEqualTo(1);
    }

    @Test
    void optionsMustBeDistinctByEquality() {
        assertThatThrownBy(() -> ui.selectbox("City", List.of(new City("Oslo", 1), new City("Oslo", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distinct");
    }

    @Test
    void pills_pickOneOrNone_andSegmentsPickSeveral() throws Exception {
        Optional<Region> none = ui.pills("Region", List.of(Region.values()));
        List<Region> several =
                ui.multiSegmentedControl("Regions", List.of(Region.values()), List.of(Region.APAC, Region.EMEA));

        assertThat(none).isEmpty();
        assertThat(several).as("in the options' order").containsExactly(Region.EMEA, Region.APAC);
        WidgetSpec pills = canvas.drawnWidget("pills:Region:0");
        assertThat(pills.accept(JSON.readTree("0"))).isEqualTo(Optional.of(Region.EMEA));
        assertThat(pills.accept(JSON.readTree("null"))).isEqualTo(Optional.empty());
        assertRefused(pills, "[0]");
        WidgetSpec segments = canvas.drawnWidget("segmented_control:Regions:0");
        assertThat(segments.accept(JSON.readTree("[2, 1]"))).isEqualTo(List.of(Region.AMER, Region.APAC));
        assertRefused(segments, "[3]");
        List<JsonNode> elements =
                canvas.seal().elements().stream().map(JsonNode.class::cast).toList();
        assertThat(elements.get(0).get("multi").asBoolean()).isFalse();
        assertThat(elements.get(1).get("multi").asBoolean()).isTrue();
        assertThat(elements.get(1).get("value").toString()).isEqualTo("[0,2]");
    }

    @Test
    void aDroppedPill_staysDropped_inTheNextRun() {
        Optional<Region> kept = new UiImpl(new Canvas(Map.of("pills:Region:0", Optional.empty())))
                .pills("Region", List.of(Region.values()), Region.AMER);
        assertThat(kept).isEmpty();
    }

    @Test
    void selectSlider_overOptions_singleAndRange() throws Exception {
        List<String> sizes = List.of("XS", "S", "M", "L", "XL");
        String size = ui.selectSlider("Size", sizes, "M");
        OptionRange<String> range = ui.rangeSelectSlider("Sizes", sizes, "S", "L");

        assertThat(size).isEqualTo("M");
        assertThat(range.within()).containsExactly("S", "M", "L");
        WidgetSpec spec = canvas.drawnWidget("range_select_slider:Sizes:0");
        assertThat(spec.accept(JSON.readTree("[0, 1]"))).isEqualTo(new OptionRange<>("XS", "S", List.of("XS", "S")));
        assertRefused(spec, "[3, 1]");
        assertRefused(spec, "[0, 5]");
        assertRefused(spec, "[1]");
        assertThatThrownBy(() -> ui.selectSlider("Other", sizes, "XXL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XXL is not one of the options");
    }

    @Test
    void dateRange_takesTwoDatesInOrderWithinItsBounds() throws Exception {
        LocalDate min = LocalDate.of(2024, 1, 1);
        LocalDate max = LocalDate.of(2024, 12, 31);
        DateRange range =
                ui.dateRangeInput("Stay", new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 7)), min, max);

        assertThat(range.days()).isEqualTo(7);
        WidgetSpec spec = canvas.drawnWidget("date_range_input:Stay:0");
        assertThat(spec.accept(JSON.readTree("[\"2024-02-01\", \"2024-02-01\"]")))
                .isEqualTo(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));
        assertRefused(spec, "[\"2024-06-07\", \"2024-06-01\"]");
        assertRefused(spec, "[\"2023-12-31\", \"2024-06-01\"]");
        assertRefused(spec, "[\"2024-06-01\", \"2025-01-01\"]");
        assertRefused(spec, "[\"2024-02-30\", \"2024-03-01\"]");
        assertRefused(spec, "\"2024-06-01\"");
        assertThat(canvas.seal().elements().get(0).get("value").toString())
                .isEqualTo("[\"2024-06-01\",\"2024-06-07\"]");
    }

    @Test
    void linkButton_takesHttpAndRelativeUrls_only() {
        ui.linkButton("Docs", "https://example.com/docs");
        ui.linkButton("Report", "/report?year=2024");
        ui.linkButton("Same page", "?tab=2");
        for (String bad : List.of(
                "javascript:alert(1)",
                " JavaScript:alert(1)",
                "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:x",
                "file:///etc/passwd",
                "//evil.example",
                "mailto:a@b.c",
                "")) {
            assertThatThrownBy(() -> ui.linkButton("Bad", bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("opens an http(s) URL or a relative one");
        }
        List<ObjectNode> elements = canvas.seal().elements();
        assertThat(elements).hasSize(3);
        assertThat(elements.get(0).get("external").asBoolean()).isTrue();
        assertThat(elements.get(1).get("external").asBoolean()).isFalse();
    }

    @Test
    void help_placeholder_andLabelVisibility_reachTheWidgetsElement() {
        ui.help("Where the team sits")
                .labelVisibility(LabelVisibility.COLLAPSED)
                .selectbox("Region", List.of("EU"));
        ui.placeholder("Your name").textInput("Name", "");
        ui.labelVisibility(LabelVisibility.HIDDEN).slider("Year", 2020, 2025, 2024);
        ui.slider("Plain", 0, 1, 0);

        List<ObjectNode> elements = canvas.seal().elements();
        assertThat(elements.get(0).get("help").asText()).isEqualTo("Where the team sits");
        assertThat(elements.get(0).get("labelVisibility").asText()).isEqualTo("collapsed");
        assertThat(elements.get(0).get("label").asText())
                .as("still sent: it names the control")
                .isEqualTo("Region");
        assertThat(elements.get(1).get("placeholder").asText()).isEqualTo("Your name");
        assertThat(elements.get(2).get("labelVisibility").asText()).isEqualTo("hidden");
        assertThat(elements.get(3).has("help") || elements.get(3).has("labelVisibility"))
                .isFalse();
    }

    @Test
    void aPlaceholder_onAWidgetWithoutTextEntryOrEmptyChoice_isAnError() {
        assertThatThrownBy(() -> ui.placeholder("Pick").slider("Year", 2020, 2025, 2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Year': a slider has no text entry or empty choice");
    }

    @Test
    void helpOrAHiddenLabel_onATableOrChartThatSelects_isAnError_notIgnored() {
        var rows = java.util.List.of(java.util.Map.of("city", "Lyon"));
        assertThatThrownBy(() -> ui.help("Pick cities")
                        .table(dev.weft.Table.of(rows).label("Cities").select(dev.weft.TableSelect.ROWS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Cities': a table select shows its title");
        assertThatThrownBy(() -> ui.labelVisibility(dev.weft.LabelVisibility.HIDDEN)
                        .dataEditor(dev.weft.Table.of(rows).label("Cities")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Cities': a data editor shows its title");
    }

    private static void assertRefused(WidgetSpec spec, String json) {
        assertThatThrownBy(() -> spec.accept(JSON.readTree(json)))
                .as(json)
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_VALUE));
    }
}
