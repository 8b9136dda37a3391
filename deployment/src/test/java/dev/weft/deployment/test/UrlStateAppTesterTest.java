package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.PageContext;
import dev.weft.Range;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Query parameters in the harness: widgets bound to the URL, fragments that read and write it, the
 * history that back and forward move along, and the request context a visit sets.
 */
class UrlStateAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Atlas.class)
            .addClass(UrlStateAppTesterTest.class.getPackageName() + ".UrlStateAppTesterTest_Atlas_WeftApp"));

    @Inject
    AppTester tester;

    static final List<String> REGIONS = List.of("Europe", "Americas", "Asia");

    @App(path = "/atlas")
    public static class Atlas {

        @Fragment
        String region(Ui ui) {
            return ui.queryParam("region").selectbox("Region", REGIONS);
        }

        @Fragment
        void sales(Ui ui, String region) {
            Range<Integer> years = ui.queryParam("years").rangeSlider("Years", 2015, 2025, 2018, 2020);
            List<String> tags = ui.queryParam("tag").multiselect("Tags", List.of("new", "old", "vip"));
            ui.text("sales " + region + " " + years.low() + "-" + years.high() + " " + tags);
        }

        @Fragment
        void tab(Ui ui) {
            ui.text("tab " + ui.queryParams().get("tab").orElse("summary"));
        }

        @Fragment
        void writer(Ui ui) {
            if (ui.button("Details")) {
                ui.queryParams().set("tab", "details");
            }
            if (ui.button("Clear")) {
                ui.queryParams().remove("tab");
            }
        }

        @Fragment
        void unrelated(Ui ui) {
            ui.text("unrelated");
        }

        @Fragment
        void who(Ui ui) {
            PageContext context = ui.context();
            ui.text(context.locale().toLanguageTag() + " " + context.timeZone() + " " + context.theme() + " "
                    + context.userAgent() + " team=" + context.cookie("team").orElse("-") + " " + context.path());
        }
    }

    @Test
    void deepLink_setsBoundWidgets_andWhatReadsTheUrl() {
        try (AppSession app = tester.open("/atlas?region=Asia&years=2019&years=2023&tag=vip&tab=details")
                .awaitIdle()) {
            assertThat(app.slot("region").widget("Region").value()).isEqualTo("Asia");
            assertThat(app.slot("sales").texts()).containsExactly("sales Asia 2019-2023 [vip]");
            assertThat(app.slot("tab").texts()).containsExactly("tab details");
            assertThat(app.url()).isEqualTo("/atlas?region=Asia&years=2019&years=2023&tag=vip&tab=details");
        }
    }

    @Test
    void badLinkValues_giveTheDefault_withANote_andTheUrlIsCorrected() {
        try (AppSession app =
                tester.open("/atlas?region=Mars&years=2030&years=2031&tag=x").awaitIdle()) {
            assertThat(app.slot("region").state()).isEqualTo("done");
            assertThat(app.slot("region").widget("Region").value()).isEqualTo("Europe");
            assertThat(app.slot("region").elements().get(0).get("note"))
                    .asString()
                    .contains("region", "Mars", "Showing the default");
            assertThat(app.slot("sales").texts()).containsExactly("sales Europe 2018-2020 []");
            assertThat(app.url()).as("the refused values leave the URL").isEqualTo("/atlas");
        }
    }

    @Test
    void userChanges_addHistoryEntries_backAndForwardRestoreTheView() {
        try (AppSession app = tester.open("/atlas").awaitIdle()) {
            app.slot("region").widget("Region").set("Asia");
            app.awaitIdle();
            app.slot("sales").widget("Tags").set(List.of("new", "vip"));
            app.awaitIdle();
            assertThat(app.url()).isEqualTo("/atlas?region=Asia&tag=new&tag=vip");
            assertThat(app.history())
                    .containsExactly("/atlas", "/atlas?region=Asia", "/atlas?region=Asia&tag=new&tag=vip");

            app.back().awaitIdle();
            assertThat(app.slot("sales").texts()).containsExactly("sales Asia 2018-2020 []");
            app.back().awaitIdle();
            assertThat(app.slot("region").widget("Region").value()).isEqualTo("Europe");
            assertThat(app.slot("sales").texts()).containsExactly("sales Europe 2018-2020 []");
            app.forward().forward().awaitIdle();
            assertThat(app.slot("sales").texts()).containsExactly("sales Asia 2018-2020 [new, vip]");

            assertThat(app.slot("unrelated").runs()).as("nothing else reran").isEqualTo(1);
            assertThat(app.slot("tab").runs()).isEqualTo(1);
            assertThatThrownBy(app::forward).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void codeWrites_replaceTheUrl_andRerunOnlyItsReaders() {
        try (AppSession app = tester.open("/atlas").awaitIdle()) {
            app.slot("writer").widget("Details").click();
            app.awaitIdle();
            assertThat(app.url()).isEqualTo("/atlas?tab=details");
            assertThat(app.history()).as("a write replaces the entry").containsExactly("/atlas?tab=details");
            assertThat(app.slot("tab").texts()).containsExactly("tab details");
            assertThat(app.slot("tab").runs()).isEqualTo(2);
            assertThat(app.slot("region").runs()).isEqualTo(1);
            assertThat(app.slot("unrelated").runs()).isEqualTo(1);

            app.slot("writer").widget("Clear").click();
            app.awaitIdle();
            assertThat(app.url()).isEqualTo("/atlas");
            assertThat(app.slot("tab").texts()).containsExactly("tab summary");
        }
    }

    @Test
    void goTo_checksValuesAsALinks_andRerunsWhatDependsOnThem() {
        try (AppSession app = tester.open("/atlas").awaitIdle()) {
            app.goTo("?region=Americas&tab=map").awaitIdle();
            assertThat(app.slot("sales").texts()).containsExactly("sales Americas 2018-2020 []");
            assertThat(app.slot("tab").texts()).containsExactly("tab map");
            assertThat(app.slot("unrelated").runs()).isEqualTo(1);

            app.goTo("/atlas?region=Narnia").awaitIdle();
            assertThat(app.slot("region").widget("Region").value()).isEqualTo("Europe");
            assertThat(app.slot("region").elements().get(0).get("note"))
                    .asString()
                    .contains("Narnia");
            assertThat(app.url()).isEqualTo("/atlas");
        }
    }

    @Test
    void valuesSetInTheHarness_areCheckedAsABrowsersAre() {
        try (AppSession app = tester.open("/atlas").awaitIdle()) {
            assertThatThrownBy(() -> app.slot("region").widget("Region").set("Mars"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Region");
            assertThat(app.url()).isEqualTo("/atlas");
        }
    }

    @Test
    void visit_setsTheContext_thatFragmentsSee() {
        try (AppSession app = tester.visit("/atlas")
                .locale(Locale.GERMANY)
                .zone(ZoneId.of("Europe/Berlin"))
                .theme(PageContext.Theme.DARK)
                .header("User-Agent", "TestAgent/1.0")
                .cookie("team", "north")
                .open()
                .awaitIdle()) {
            assertThat(app.slot("who").texts())
                    .containsExactly("de-DE Europe/Berlin DARK TestAgent/1.0 team=north /atlas");
        }
        try (AppSession app = tester.open("/atlas").awaitIdle()) {
            Map<String, Object> text = app.slot("who").elements().get(0);
            assertThat(text.get("text")).asString().contains("LIGHT", "team=-");
        }
    }
}
