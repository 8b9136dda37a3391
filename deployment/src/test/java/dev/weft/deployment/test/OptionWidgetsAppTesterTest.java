package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.DateRange;
import dev.weft.Fragment;
import dev.weft.OptionRange;
import dev.weft.Options;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The harness sets the choice widgets with the app's own option objects (an enum, records), pills,
 * the segmented control, select sliders and the date range, through the browser's checks; an object
 * that is not an option is refused. A choice returned from a fragment reruns its dependents only when
 * it changes by {@code equals}.
 */
class OptionWidgetsAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Harness.class, Region.class, Team.class, View.class)
                    .addClass(OptionWidgetsAppTesterTest.class.getPackageName()
                            + ".OptionWidgetsAppTesterTest_Harness_WeftApp"));

    @Inject
    AppTester tester;

    public enum Region {
        EMEA,
        AMER,
        APAC;

        String displayName() {
            return switch (this) {
                case EMEA -> "Europe";
                case AMER -> "Americas";
                case APAC -> "Asia";
            };
        }
    }

    public record Team(String name, int size) {}

    public record View(Region region, Team team) {}

    @App(path = "/options")
    public static class Harness {

        static final List<Team> TEAMS = List.of(new Team("Data", 4), new Team("Web", 6));

        @Fragment
        View view(Ui ui) {
            Region region = ui.selectbox("Region", Options.of(Region.class).label(Region::displayName));
            // New but equal records each run: the choice is kept by equality.
            Team team = ui.radio("Team", Options.of(List.copyOf(TEAMS)).label(Team::name), 0);
            return new View(region, team);
        }

        @Fragment
        void details(Ui ui, View view) {
            List<Region> also = ui.multiselect("Also", List.of(Region.values()));
            Optional<String> tag = ui.pills("Tag", List.of("urgent", "later"));
            List<String> days = ui.multiSegmentedControl("Days", List.of("Mon", "Tue", "Wed"), List.of("Mon"));
            Optional<String> unit = ui.segmentedControl("Unit", List.of("day", "week"), "week");
            String size = ui.selectSlider("Size", List.of("S", "M", "L"), "M");
            OptionRange<Integer> years = ui.rangeSelectSlider("Years", List.of(2022, 2023, 2024, 2025), 2023, 2024);
            DateRange stay = ui.dateRangeInput(
                    "Stay",
                    new DateRange(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 3)),
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31));
            ui.text(view.region() + "/" + view.team().name() + " | " + also + " | " + tag.orElse("-") + " | " + days
                    + " | " + unit.orElse("-") + " | " + size + " | " + years.within() + " | " + stay.days());
        }
    }

    @Test
    void everyChoice_isSetWithTheAppsOwnObjects() {
        try (AppSession app = tester.open("/options").awaitIdle()) {
            SlotView view = app.slot("view");
            SlotView details = app.slot("details");
            assertThat(details.texts().get(0)).isEqualTo("EMEA/Data | [] | - | [Mon] | week | M | [2023, 2024] | 3");

            view.widget("Region").set(Region.APAC);
            view.widget("Team").set(new Team("Web", 6));
            details.widget("Also").set(List.of(Region.APAC, Region.EMEA));
            details.widget("Tag").set("urgent");
            details.widget("Days").set(List.of("Wed", "Mon"));
            details.widget("Unit").set(Optional.empty());
            details.widget("Size").set("L");
            details.widget("Years").set(List.of(2022, 2025));
            details.widget("Stay").set(new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 14)));
            app.awaitIdle();

            assertThat(details.texts().get(0))
                    .isEqualTo("APAC/Web | [EMEA, APAC] | urgent | [Mon, Wed] | - | L | [2022, 2023, 2024, 2025] | 14");
            assertThat(view.widget("Region").value()).isEqualTo(Region.APAC);
            assertThat(details.widget("Tag").value()).isEqualTo(Optional.of("urgent"));
            assertThat(details.widget("Years").value())
                    .isEqualTo(new OptionRange<>(2022, 2025, List.of(2022, 2023, 2024, 2025)));
        }
    }

    @Test
    void anEqualChoice_doesNotRerunTheDependents() {
        try (AppSession app = tester.open("/options").awaitIdle()) {
            SlotView view = app.slot("view");
            view.widget("Team").set(new Team("Data", 4)); // equal to the one already picked
            app.awaitIdle();
            assertThat(view.runs()).isEqualTo(2);
            assertThat(app.slot("details").runs()).isEqualTo(1);
        }
    }

    @Test
    void objectsThatAreNotOptions_areRefused_andChangeNothing() {
        try (AppSession app = tester.open("/options").awaitIdle()) {
            SlotView view = app.slot("view");
            SlotView details = app.slot("details");
            assertRefused(view, "Team", new Team("Data", 5), "'Team' has no option Team[name=Data, size=5]");
            assertRefused(view, "Region", "APAC", "'Region' has no option APAC");
            assertRefused(details, "Also", List.of(Region.EMEA, Region.EMEA), "each option at most once");
            assertRefused(details, "Tag", "someday", "'Tag' has no option someday");
            assertRefused(details, "Size", "XL", "'Size' has no option XL");
            assertRefused(details, "Years", List.of(2025, 2022), "low end before its high end");
            assertRefused(
                    details,
                    "Stay",
                    new DateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 2)),
                    "from 2024-01-01 to 2024-12-31");
            app.awaitIdle();
            assertThat(view.runs()).isEqualTo(1);
            assertThat(details.runs()).isEqualTo(1);
        }
    }

    private static void assertRefused(SlotView slot, String widget, Object value, String message) {
        assertThatThrownBy(() -> slot.widget(widget).set(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
