package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Container;
import dev.weft.Dialog;
import dev.weft.Fragment;
import dev.weft.PageLayout;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.DialogView;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages and overlays through the headless harness and the page: a dialog opened by a button and
 * closed by code or by the user, switchPage, page links, the menu's sections and hidden pages, the
 * page's layout, containers with options and popovers.
 */
class NavigationAppTesterTest {

    private static final String PREFIX = NavigationAppTesterTest.class.getPackageName() + ".NavigationAppTesterTest_";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Notes.class, Reports.class, Users.class, Detail.class)
                    .addClass(PREFIX + "Notes_WeftApp")
                    .addClass(PREFIX + "Reports_WeftApp")
                    .addClass(PREFIX + "Users_WeftApp")
                    .addClass(PREFIX + "Detail_WeftApp"));

    @Inject
    AppTester tester;

    @TestHTTPResource("/")
    URI base;

    @App(title = "Notes", path = "/", icon = "📝")
    public static class Notes {

        final List<String> saved = new ArrayList<>();

        @Fragment
        void notes(Ui ui) {
            Dialog dialog = ui.dialog("Add a note");
            if (ui.button("Add a note")) {
                dialog.open();
            }
            if (dialog.isOpen()) {
                dialog.caption("Notes are kept for this tab.");
                String note = dialog.textInput("Note", "");
                if (dialog.button("Save") && !note.isBlank()) {
                    saved.add(note);
                    dialog.close();
                }
            }
            ui.text("Saved: " + String.join(", ", saved));
        }

        @Fragment
        void links(Ui ui) {
            ui.pageLink(Reports.class);
            ui.pageLink(Detail.class, "Details", "🔎");
            ui.pageLink(Notes.class, "Home", "");
            if (ui.button("Open reports")) {
                ui.switchPage(Reports.class);
            }
        }

        @Fragment
        void wrongPage(Ui ui) {
            Class<?> page = String.class; // not an @App: only the run can tell
            if (ui.button("Go nowhere")) {
                ui.switchPage(page);
            }
        }

        @Fragment
        void shapes(Ui ui) {
            ui.container(Container.bordered()).text("in a box");
            ui.container(Container.scrolling(120).withBorder()).text("scrolls");
            Ui row = ui.container(Container.horizontal());
            row.button("One");
            row.button("Two");
            ui.popover("Settings").checkbox("Compact", false);
        }
    }

    @App(title = "Reports", path = "/reports", section = "Analysis", layout = PageLayout.WIDE, icon = "📊")
    public static class Reports {
        @Fragment
        void report(Ui ui) {
            ui.text("Reports");
        }
    }

    @App(title = "Users", path = "/users", section = "Admin")
    public static class Users {
        @Fragment
        void list(Ui ui) {
            ui.text("Users");
        }
    }

    @App(title = "Detail", path = "/detail", hidden = true)
    public static class Detail {
        @Fragment
        void show(Ui ui) {
            ui.text("Detail");
        }
    }

    @Test
    void dialog_opensOnAClick_showsItsWidgets_andClosesByCodeOrByTheUser() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            DialogView dialog = app.slot("notes").dialog("Add a note");
            assertThat(dialog.isOpen()).isFalse();
            assertThat(dialog.texts()).isEmpty();
            assertThatThrownBy(dialog::close).isInstanceOf(IllegalStateException.class);

            app.slot("notes").widget("Add a note").click();
            app.awaitIdle();
            assertThat(dialog.isOpen()).isTrue();
            assertThat(dialog.title()).isEqualTo("Add a note");
            assertThat(dialog.texts()).containsExactly("Notes are kept for this tab.");
            assertThat(dialog.elements()).extracting(e -> e.get("t")).contains("text_input", "button");

            // Typing reruns the fragment: the dialog stays open.
            app.slot("notes").widget("Note").set("Call Ada");
            app.awaitIdle();
            assertThat(dialog.isOpen()).isTrue();

            app.slot("notes").widget("Save").click();
            app.awaitIdle();
            assertThat(dialog.isOpen()).as("closed by the fragment").isFalse();
            assertThat(app.slot("notes").texts()).contains("Saved: Call Ada");

            app.slot("notes").widget("Add a note").click();
            app.awaitIdle();
            assertThat(dialog.isOpen()).isTrue();
            dialog.close(); // as the user: Escape, the close button or a click beside it
            app.awaitIdle();
            assertThat(dialog.isOpen()).isFalse();
            assertThat(app.slot("notes").runs()).isEqualTo(6);
            assertThatThrownBy(() -> app.slot("notes").widget("Note"))
                    .as("a run that finds it closed draws none of its widgets")
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void switchPage_sendsTheBrowserToThePage() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            assertThat(app.switchedTo()).isEmpty();
            app.slot("links").widget("Open reports").click();
            app.awaitIdle();
            assertThat(app.switchedTo()).contains("/reports");
        }
    }

    @Test
    void switchPage_toAClassThatIsNoPage_failsTheFragmentOnly() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            app.slot("wrongPage").widget("Go nowhere").click();
            app.awaitIdle();
            assertThat(app.slot("wrongPage").state()).isEqualTo("failed");
            assertThat(app.slot("wrongPage").texts())
                    .anySatisfy(text -> assertThat(text).contains("'java.lang.String' is not an @App class"));
            assertThat(app.switchedTo()).isEmpty();
            assertThat(app.slot("links").state()).isEqualTo("done");
        }
    }

    @Test
    void pageLinks_carryThePathTitleAndIcon_andMarkTheCurrentPage() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            List<Map<String, Object>> links = app.slot("links").elements("page_link");
            assertThat(links).extracting(l -> l.get("path")).containsExactly("/reports", "/detail", "/");
            assertThat(links).extracting(l -> l.get("label")).containsExactly("Reports", "Details", "Home");
            assertThat(links).extracting(l -> l.get("icon")).containsExactly("📊", "🔎", "");
            assertThat(links).extracting(l -> l.get("current")).containsExactly(false, false, true);
        }
    }

    @Test
    void containers_carryTheirOptions_andAPopoverHoldsItsWidgets() {
        try (AppSession app = tester.open("/").awaitIdle()) {
            List<Map<String, Object>> elements = app.slot("shapes").elements();
            assertThat(elements.get(0)).containsEntry("border", true).doesNotContainKey("height");
            assertThat(elements.get(1)).containsEntry("border", true).containsEntry("height", 120);
            assertThat(elements.get(2)).containsEntry("horizontal", true).doesNotContainKey("border");
            assertThat(elements.get(3)).containsEntry("t", "popover").containsEntry("label", "Settings");
            app.slot("shapes").widget("Compact").set(true);
            app.awaitIdle();
            assertThat(app.slot("shapes").widget("Compact").value()).isEqualTo(true);
        }
        assertThatThrownBy(() -> Container.scrolling(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void menu_listsSectionsAndLeavesOutHiddenPages_andTheLayoutIsOnThePage() throws Exception {
        String home = get("/");
        String menu = home.substring(home.indexOf("<script type=\"application/json\" id=\"weft-pages\">"));
        assertThat(menu)
                .contains("{\"path\":\"/\",\"title\":\"Notes\",\"icon\":\"📝\",\"section\":\"\"}")
                .contains("\"path\":\"/reports\",\"title\":\"Reports\",\"icon\":\"📊\",\"section\":\"Analysis\"")
                .contains("\"section\":\"Admin\"")
                .doesNotContain("/detail");
        assertThat(home).contains("data-layout=\"centered\"");
        assertThat(get("/reports")).contains("data-layout=\"wide\"");
        assertThat(get("/detail")).as("a hidden page is served").contains("<title>Detail</title>");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
