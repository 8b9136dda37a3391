package dev.weft.examples.gallery;

import dev.weft.DateRange;
import dev.weft.LabelVisibility;
import dev.weft.OptionRange;
import dev.weft.Options;
import dev.weft.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Choices over the app's own types (an enum labelled by a method, records), pills, a segmented
 * control, select sliders, a date range, link buttons, and widgets with help, a placeholder or a
 * hidden label; then what the server got from them.
 */
final class PickSection {

    /** Where a store is, shown by its display name rather than its constant. */
    enum Region {
        NORTH("North"),
        ALPS("Alps & lakes"),
        COAST("Coast");

        private final String displayName;

        Region(String displayName) {
            this.displayName = displayName;
        }

        String displayName() {
            return displayName;
        }
    }

    /** A store: chosen as itself, labelled by its city. */
    record Shop(String city, int staff) {}

    static final List<Shop> SHOPS = List.of(new Shop("Bergen", 12), new Shop("Lyon", 18), new Shop("Graz", 7));
    static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL");
    static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun");

    private PickSection() {}

    static void draw(Ui ui) {
        ui.header("Choices of your own types");
        List<Ui> top = ui.columns(2);
        Region region = top.get(0)
                .help("Where the store is. The browser only sends the option's position.")
                .selectbox("Region", Options.of(Region.values()).label(Region::displayName));
        Shop shop = top.get(1).radio("Store", Options.of(SHOPS).label(Shop::city), 1);
        Optional<String> tag = ui.pills("Tag", List.of("New", "Sale", "Outdoor", "Winter"));
        List<String> channels = ui.multiPills("Channels", List.of("Web", "Store", "Phone"), List.of("Web"));
        List<Ui> middle = ui.columns(2);
        Optional<String> period = middle.get(0).segmentedControl("Period", List.of("Day", "Week", "Month"), "Week");
        List<String> days = middle.get(1)
                .multiSegmentedControl("Days", List.of("Mon", "Tue", "Wed", "Thu", "Fri"), List.of("Mon", "Fri"));
        List<Ui> sliders = ui.columns(2);
        String size = sliders.get(0).selectSlider("Size", SIZES, "M");
        OptionRange<String> months = sliders.get(1).rangeSelectSlider("Months", MONTHS, "Feb", "Apr");
        List<Ui> fields = ui.columns(3);
        DateRange stay = fields.get(0)
                .dateRangeInput(
                        "Stay",
                        new DateRange(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 27)),
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 1, 31));
        String coupon = fields.get(1).placeholder("e.g. WINTER26").textInput("Coupon", "");
        String search = fields.get(2)
                .labelVisibility(LabelVisibility.HIDDEN)
                .placeholder("Search stores")
                .textInput("Search", "");
        List<Ui> links = ui.columns(4);
        links.get(0).linkButton("Weft on GitHub", "https://github.com/");
        links.get(1).linkButton("The second page", "/about");
        ui.text(String.format(
                "%s · %s (%d staff) · tag %s · %s · %s · %s · size %s · %s · %d nights · coupon '%s' · search '%s'",
                region.displayName(),
                shop.city(),
                shop.staff(),
                tag.orElse("none"),
                channels,
                period.orElse("no period"),
                days,
                size,
                String.join("–", months.low(), months.high()) + " ("
                        + months.within().size() + " months)",
                stay.days() - 1,
                coupon,
                search));
    }
}
