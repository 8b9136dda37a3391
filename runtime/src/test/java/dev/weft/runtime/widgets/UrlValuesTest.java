package dev.weft.runtime.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Range;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Widget values in a URL: written as text, read back and checked exactly as a browser's value is. */
class UrlValuesTest {

    private final WidgetSpec year = new NumberWidgets.IntRange("slider", "key:year", "Year", false, 2018, 2025, 2025);
    private final WidgetSpec share =
            new NumberWidgets.DecimalRange("slider", "key:share", "Share", false, 0.0, 1.0, 0.05, 0.5);
    private final WidgetSpec region = new ChoiceWidgets.Choice(
            "selectbox", "key:region", "Region", false, ChoiceOptions.of("Region", List.of("Europe", "Asia")), 0);
    private final WidgetSpec tags = new ChoiceWidgets.MultiSelect(
            "multiselect",
            "key:tag",
            "Tags",
            false,
            ChoiceOptions.of("Tags", List.of("new", "old")),
            List.of("new"),
            0);

    /** An option of the app's own type, labelled by a function: the URL holds the label. */
    record Zone(int id, String name) {}

    private final WidgetSpec zone = new ChoiceWidgets.Choice(
            "selectbox",
            "key:zone",
            "Zone",
            false,
            ChoiceOptions.of(
                    "Zone",
                    dev.weft.Options.of(List.of(new Zone(1, "North"), new Zone(2, "South")))
                            .label(Zone::name)),
            0);
    private final WidgetSpec years =
            new NumberWidgets.IntRangeSlider("range_slider", "key:years", "Years", false, 2015, 2025, 2018, 2020);
    private final WidgetSpec done = new ToggleWidgets.Toggle("checkbox", "key:done", "Done", false, false);
    private final WidgetSpec day =
            new PickerWidgets.DateInput("date_input", "key:day", "Day", false, LocalDate.of(2026, 1, 1), null, null);

    @Test
    void values_roundTrip_andDefaultsLeaveTheUrl() throws ProtocolException {
        assertThat(UrlValues.toUrl(year, 2025)).isEmpty();
        assertRoundTrip(year, 2020, List.of("2020"));
        assertRoundTrip(share, 0.35, List.of("0.35"));
        assertRoundTrip(region, "Asia", List.of("Asia"));
        assertRoundTrip(zone, new Zone(2, "South"), List.of("South"));
        assertRoundTrip(tags, List.of(), List.of(""));
        assertRoundTrip(tags, List.of("new", "old"), List.of("new", "old"));
        assertRoundTrip(years, new Range<>(2016, 2024), List.of("2016", "2024"));
        assertRoundTrip(done, true, List.of("true"));
        assertRoundTrip(day, LocalDate.of(2026, 12, 7), List.of("2026-12-07"));
    }

    @Test
    void badUrlValues_areRefused_asTheWidgetRefusesABrowsersValue() {
        assertRefused(year, List.of("1999"), "from 2018 to 2025");
        assertRefused(year, List.of("20x"), "whole number");
        assertRefused(year, List.of("2020.5"), "whole number");
        assertRefused(share, List.of("0.33"), "Share");
        assertRefused(region, List.of("Mars"), "Mars");
        assertRefused(region, List.of("1"), "no option '1'");
        assertRefused(zone, List.of("Zone[id=2, name=South]"), "no option");
        assertRefused(tags, List.of("new", "new"), "at most once");
        assertRefused(years, List.of("2024", "2016"), "low end");
        assertRefused(years, List.of("2016"), "two whole numbers");
        assertRefused(done, List.of("yes"), "Done");
        assertRefused(day, List.of("2026-13-01"), "yyyy-MM-dd");
    }

    @Test
    void widgetsWithoutAValueToShow_cannotBeBound() {
        assertThat(UrlValues.bindable(year)).isTrue();
        assertThat(UrlValues.bindable(new ButtonWidgets.Button("button", "b", "Go", false)))
                .isFalse();
    }

    @Test
    void aDisabledWidget_takesNoValueFromALink() {
        WidgetSpec locked = new NumberWidgets.IntRange("slider", "key:year", "Year", true, 2018, 2025, 2025);
        assertThatThrownBy(() -> UrlValues.fromUrl(locked, List.of("2020")))
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DISABLED));
    }

    private static void assertRoundTrip(WidgetSpec spec, Object value, List<String> url) throws ProtocolException {
        assertThat(UrlValues.toUrl(spec, value)).isEqualTo(url);
        assertThat(UrlValues.fromUrl(spec, url)).isEqualTo(value);
    }

    private static void assertRefused(WidgetSpec spec, List<String> url, String why) {
        assertThatThrownBy(() -> UrlValues.fromUrl(spec, url))
                .isInstanceOfSatisfying(
                        ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_VALUE))
                .hasMessageContaining(why);
    }
}
