package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Column;
import dev.weft.Edits;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.TableView;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A data editor in a real app: an accepted edit reruns its fragment, whose returned rows (the app's
 * records, as edited) rerun the fragment that takes them; a refused edit shows its reason and reruns
 * nothing, from the harness and over a real WebSocket alike.
 */
class DataEditorTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Planner.class, Planner.Task.class, Planner.Plan.class, WeftTestClient.class)
            .addClass(DataEditorTest.class.getPackageName() + ".DataEditorTest_Planner_WeftApp"));

    static final AtomicInteger EDITOR_RUNS = new AtomicInteger();
    static final List<Planner.Plan> SEEN = new CopyOnWriteArrayList<>();

    @Inject
    AppTester tester;

    @TestHTTPResource("/")
    URI base;

    @App(path = "/planner")
    public static class Planner {

        public record Task(int id, String title, double hours, boolean done) {}

        /** The tasks as edited: what the summary takes. */
        public record Plan(List<Task> tasks, int changed, int added, int deleted) {}

        @Fragment
        Plan tasks(Ui ui) {
            EDITOR_RUNS.incrementAndGet();
            Edits<Task> edits = ui.dataEditor(Table.of(List.of(
                            new Task(1, "Plan", 2, false),
                            new Task(2, "Build", 8, false),
                            new Task(3, "Ship", 1, true)))
                    .label("Tasks")
                    .key(Task::id)
                    .column("id", Column.integer().readOnly())
                    .column("title", Column.text().required().maxLength(20))
                    .column("hours", Column.number(1).min(0).max(24))
                    .addRows(() -> new Task(0, "New task", 1, false))
                    .deleteRows());
            return new Plan(
                    edits.rows(),
                    edits.changed().size(),
                    edits.added().size(),
                    edits.deleted().size());
        }

        @Fragment
        void summary(Ui ui, Plan plan) {
            SEEN.add(plan);
            ui.metric(
                    "Hours",
                    String.valueOf(
                            plan.tasks().stream().mapToDouble(Task::hours).sum()));
        }
    }

    @Test
    void anEdit_rerunsTheDependents_whichSeeTheRowsAsTheAppsRecords() {
        try (AppSession app = tester.open("/planner").awaitIdle()) {
            TableView editor = app.slot("tasks").table(0);
            int runs = EDITOR_RUNS.get();
            int seen = SEEN.size();
            // The editor's cells show as their columns' formats: hours with one decimal.
            assertThat(editor.shown(0).get(1).subList(1, 3)).containsExactly("Build", "8.0");

            editor.edit(2, "hours", 6.5);
            app.awaitIdle();
            assertThat(app.slot("tasks").table(0).shown(0).get(1).subList(1, 3)).containsExactly("Build", "6.5");

            assertThat(EDITOR_RUNS.get()).isEqualTo(runs + 1);
            assertThat(SEEN).hasSize(seen + 1);
            Planner.Plan plan = SEEN.getLast();
            assertThat(plan.tasks()).contains(new Planner.Task(2, "Build", 6.5, false));
            assertThat(plan.changed()).isEqualTo(1);
            assertThat(app.slot("tasks").table(0).rows()).contains(List.of(2, "Build", 6.5, false));
            assertThat(app.slot("summary").elements("metric").get(0)).containsEntry("value", "9.5");

            app.slot("tasks").table(0).addRow(Map.of("title", "Test", "hours", 3));
            app.awaitIdle();
            app.slot("tasks").table(0).deleteRows(1);
            app.awaitIdle();
            plan = SEEN.getLast();
            assertThat(plan.tasks())
                    .containsExactly(
                            new Planner.Task(2, "Build", 6.5, false),
                            new Planner.Task(3, "Ship", 1, true),
                            new Planner.Task(0, "Test", 3, false));
            assertThat(plan.added()).isEqualTo(1);
            assertThat(plan.deleted()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedEdit_saysWhy_andRerunsNothing() {
        try (AppSession app = tester.open("/planner").awaitIdle()) {
            TableView editor = app.slot("tasks").table(0);
            int runs = EDITOR_RUNS.get();
            int seen = SEEN.size();

            assertThatThrownBy(() -> editor.edit(2, "hours", 30))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'hours' must be at most 24.");
            assertThatThrownBy(() -> editor.edit(2, "title", ""))
                    .hasMessage("'title' is required: it cannot be left empty.");
            assertThatThrownBy(() -> editor.edit(2, "id", 9)).hasMessage("'id' cannot be edited.");
            assertThatThrownBy(() -> editor.edit(99, "hours", 1)).hasMessage("The table has no row 99 now.");
            app.awaitIdle();

            assertThat(EDITOR_RUNS.get()).isEqualTo(runs);
            assertThat(SEEN).hasSize(seen);
            assertThat(app.slot("tasks").table(0).rows().get(1)).containsExactly(2, "Build", 8.0, false);
        }
    }

    @Test
    void overTheSocket_anEditRerunsAndARefusalNamesTheCell() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/planner", null);
            JsonNode slot = client.await(WeftTestClient.slot("slot", "tasks"));
            client.awaitFinished("tasks", "summary");
            JsonNode table = slot.at("/elements/0");
            assertThat(table.get("t").asText()).isEqualTo("table");
            String widget = table.at("/editor/widget").asText();
            assertThat(widget).isEqualTo("data_editor:Tasks:0");
            assertThat(table.at("/editor/add").asBoolean()).isTrue();
            assertThat(table.at("/columns/2/edit").asText()).isEqualTo("number");
            assertThat(table.at("/columns/0/edit").isMissingNode())
                    .as("read-only")
                    .isTrue();
            long gen = slot.get("gen").asLong();

            client.send("{\"v\":1,\"type\":\"table_edit\",\"slot\":\"tasks\",\"id\":\"" + widget + "\",\"gen\":" + gen
                    + ",\"op\":\"set\",\"key\":2,\"column\":\"hours\",\"value\":\"-3\",\"req\":7}");
            JsonNode refused = client.await(WeftTestClient.type("table_edit_error"));
            assertThat(refused.get("code").asText()).isEqualTo("bad_value");
            assertThat(refused.get("message").asText()).isEqualTo("'hours' must be at least 0.");
            assertThat(refused.get("key").asInt()).isEqualTo(2);
            assertThat(refused.get("column").asText()).isEqualTo("hours");
            assertThat(refused.get("req").asInt()).isEqualTo(7);

            client.send("{\"v\":1,\"type\":\"table_edit\",\"slot\":\"tasks\",\"id\":\"key:forged\",\"gen\":" + gen
                    + ",\"op\":\"delete\",\"keys\":[1]}");
            assertThat(client.await(WeftTestClient.type("table_edit_error"))
                            .get("code")
                            .asText())
                    .isEqualTo("unknown_widget");

            client.send("{\"v\":1,\"type\":\"table_edit\",\"slot\":\"tasks\",\"id\":\"" + widget + "\",\"gen\":" + gen
                    + ",\"op\":\"set\",\"key\":2,\"column\":\"hours\",\"value\":4}");
            JsonNode rerun = client.await(m -> "slot".equals(m.path("type").asText())
                    && "tasks".equals(m.path("slot").asText())
                    && m.at("/elements/0/editor/changed").size() == 1);
            assertThat(rerun.at("/elements/0/rows/1").toString()).isEqualTo("[2,\"Build\",4.0,false]");
            assertThat(rerun.at("/elements/0/editor/changed/0").toString()).isEqualTo("[2,\"hours\"]");
        }
    }
}
