package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Component;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The headless harness sets a component's value with the app's own Java value, through the same
 * strict check as a browser's; its dependents take it; a value that does not fit is refused and
 * changes nothing.
 */
class ComponentsAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Harness.class, Harness.Place.class, Harness.Other.class, Harness.Picked.class)
            .addClass(ComponentsAppTesterTest.class.getPackageName() + ".ComponentsAppTesterTest_Harness_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/component-harness")
    public static class Harness {

        public record Place(String name, double lat, double lon) {}

        public record Other(String name, double lat, double lon, String note) {}

        public record Picked(Place place) {}

        static final Component<Place> MAP = Component.module("/maps/map.js", Place.class)
                .initial(new Place("Lisbon", 38.72, -9.14))
                .maxValueBytes(100);
        static final Component<Integer> STARS = Component.streamlit("/st/stars/index.html", Integer.class);

        @Fragment
        Picked pick(Ui ui) {
            Integer stars = ui.component(STARS, "Stars", Map.of());
            ui.text("stars " + stars);
            return new Picked(ui.component(MAP, "Map", Map.of("zoom", 5)));
        }

        @Fragment
        void shown(Ui ui, Picked picked) {
            ui.text("at " + picked.place().name());
        }

        /** A type given as a variable: the processor checks class literals only, the runtime the rest. */
        static final Class<Runnable> UNREADABLE = Runnable.class;

        @Fragment
        void unreadable(Ui ui) {
            ui.component(Component.module("/maps/map.js", UNREADABLE), "Runner", null);
        }
    }

    @Test
    void aValueTypeJsonCannotBeRead_failsTheFragmentWhenDrawn_sayingWhatToDeclare() {
        try (AppSession app = tester.open("/component-harness").awaitIdle()) {
            assertThat(app.slot("unreadable").state()).isEqualTo("failed");
            assertThat(app.slot("unreadable").texts())
                    .singleElement()
                    .asString()
                    .contains(
                            "'Runner': its value type java.lang.Runnable cannot be read from JSON", "Declare a record");
        }
    }

    @Test
    void componentValue_setWithTheAppsType_reachesTheDependent() {
        try (AppSession app = tester.open("/component-harness").awaitIdle()) {
            SlotView pick = app.slot("pick");
            assertThat(pick.widget("Map").value()).isEqualTo(new Harness.Place("Lisbon", 38.72, -9.14));
            assertThat(pick.widget("Stars").value()).isNull();
            assertThat(app.slot("shown").texts()).containsExactly("at Lisbon");

            pick.widget("Map").set(new Harness.Place("Porto", 41.15, -8.61));
            pick.widget("Stars").set(3);
            app.awaitIdle();

            assertThat(pick.widget("Map").value()).isEqualTo(new Harness.Place("Porto", 41.15, -8.61));
            assertThat(pick.texts()).containsExactly("stars 3");
            assertThat(app.slot("shown").texts()).containsExactly("at Porto");
        }
    }

    @Test
    void valuesThatDoNotFit_areRefused_andChangeNothing() {
        try (AppSession app = tester.open("/component-harness").awaitIdle()) {
            SlotView pick = app.slot("pick");
            int runs = pick.runs();
            assertThatThrownBy(() -> pick.widget("Map").set(new Harness.Other("Porto", 41.15, -8.61, "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not fit Place")
                    .hasMessageContaining("note");
            assertThatThrownBy(() -> pick.widget("Map").set(new Harness.Place("P".repeat(120), 0, 0)))
                    .hasMessageContaining("at most 100");
            assertThatThrownBy(() -> pick.widget("Stars").set("three")).hasMessageContaining("does not fit Integer");
            app.awaitIdle();
            assertThat(pick.runs()).isEqualTo(runs);
            assertThat(app.slot("shown").texts()).containsExactly("at Lisbon");
        }
    }
}
