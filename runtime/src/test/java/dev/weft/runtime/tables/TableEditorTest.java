package dev.weft.runtime.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.Column;
import dev.weft.Edits;
import dev.weft.Table;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A data editor's edits as the server checks them: each kind of refused edit names its reason and
 * leaves the edits as they were; accepted ones come back as the app's own rows.
 */
class TableEditorTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    enum Status {
        OPEN,
        DONE
    }

    record Task(int id, String title, double hours, boolean done, LocalDate due, Status status, String note) {
        Task {
            if (title != null && title.equals("forbidden")) {
                throw new IllegalArgumentException("that title is not allowed");
            }
        }

        Task withHours(Double hours) {
            return new Task(id, title, hours, done, due, status, note);
        }
    }

    static List<Task> tasks() {
        return List.of(
                new Task(1, "Plan", 2.5, false, LocalDate.of(2026, 1, 5), Status.OPEN, "first"),
                new Task(2, "Build", 8, false, LocalDate.of(2026, 1, 9), Status.OPEN, null),
                new Task(3, "Ship", 1, true, LocalDate.of(2026, 1, 12), Status.DONE, "last"));
    }

    /** A table of tasks keyed by id, every field a column, with rules on some. */
    static Table<Task> fields() {
        return Table.of(tasks())
                .key(Task::id)
                .column("id", Column.integer().readOnly())
                .column("title", Column.text().required().maxLength(10))
                .column("hours", Column.number(1).min(0).max(24))
                .addRows(() -> new Task(99, "New", 1, false, null, Status.OPEN, null))
                .deleteRows();
    }

    static Incoming.TableEdit set(Object key, String column, Object value) {
        return new Incoming.TableEdit(
                "s", "data_editor::0", 1, "set", MAPPER.valueToTree(key), column, value(value), null, List.of(), 0);
    }

    static JsonNode value(Object value) {
        return value == null ? JSON.nullNode() : MAPPER.valueToTree(value);
    }

    static Incoming.TableEdit add(Map<String, Object> cells) {
        var node = JSON.objectNode();
        cells.forEach((name, value) -> node.set(name, value(value)));
        return new Incoming.TableEdit("s", "data_editor::0", 1, "add", null, null, null, node, List.of(), 0);
    }

    static Incoming.TableEdit delete(Object... keys) {
        List<JsonNode> list = new ArrayList<>();
        for (Object key : keys) {
            list.add(MAPPER.valueToTree(key));
        }
        return new Incoming.TableEdit("s", "data_editor::0", 1, "delete", null, null, null, null, list, 0);
    }

    @SuppressWarnings("unchecked")
    static Edits<Task> edits(TableEditor editor, Object state) {
        return (Edits<Task>) (Edits<?>) editor.edited(state).edits();
    }

    @Test
    void cellEdits_comeBackAsTheAppsRecords_typedAsTheirComponents() throws Exception {
        TableEditor editor = TableEditor.of(fields());
        Object state = editor.apply(editor.fresh(), set(2, "hours", "6.5"));
        state = editor.apply(state, set(2, "done", true));
        state = editor.apply(state, set(3, "due", "2026-02-01"));
        state = editor.apply(state, set(3, "status", "OPEN"));

        Edits<Task> edits = edits(editor, state);
        assertThat(edits.changed()).containsOnlyKeys(1, 2);
        assertThat(edits.changed().get(1))
                .isEqualTo(new Task(2, "Build", 6.5, true, LocalDate.of(2026, 1, 9), Status.OPEN, null));
        assertThat(edits.changed().get(2).due()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(edits.changed().get(2).status()).isEqualTo(Status.OPEN);
        assertThat(edits.rows()).hasSize(3).first().isEqualTo(tasks().get(0));
        assertThat(editor.edited(state).view().allRows().get(1)).contains(6.5, true);
    }

    @Test
    void aCellSetBackToItsValue_isNoLongerAChange() throws Exception {
        TableEditor editor = TableEditor.of(fields());
        Object state = editor.apply(editor.fresh(), set(1, "hours", 3));
        state = editor.apply(state, set(1, "hours", 2.5));
        assertThat(edits(editor, state).isEmpty()).isTrue();
    }

    @Test
    void eachKindOfRefusedEdit_saysWhy_andLeavesTheEditsAsTheyWere() throws Exception {
        TableEditor editor = TableEditor.of(fields());
        Object before = editor.apply(editor.fresh(), set(1, "note", "kept"));
        Edits<Task> kept = edits(editor, before);

        refused(editor, before, set(1, "hours", "lots"), ErrorCode.BAD_VALUE, "'hours' takes a number, not 'lots'.");
        refused(editor, before, set(1, "hours", -1), ErrorCode.BAD_VALUE, "'hours' must be at least 0.");
        refused(editor, before, set(1, "hours", 25), ErrorCode.BAD_VALUE, "'hours' must be at most 24.");
        refused(editor, before, set(1, "hours", null), ErrorCode.BAD_VALUE, "'hours' cannot be left empty");
        refused(editor, before, set(1, "title", " "), ErrorCode.BAD_VALUE, "'title' is required");
        refused(
                editor,
                before,
                set(1, "title", "far too long a title"),
                ErrorCode.BAD_VALUE,
                "'title' takes at most 10 characters; this has 20.");
        refused(editor, before, set(1, "id", 7), ErrorCode.BAD_VALUE, "'id' cannot be edited.");
        refused(editor, before, set(1, "done", "maybe"), ErrorCode.BAD_VALUE, "'done' takes true or false");
        refused(editor, before, set(1, "due", "31/01/2026"), ErrorCode.BAD_VALUE, "'due' takes a date");
        refused(editor, before, set(1, "status", "LOST"), ErrorCode.BAD_VALUE, "'status' takes one of [OPEN, DONE]");
        refused(
                editor,
                before,
                set(1, "title", "forbidden"),
                ErrorCode.BAD_VALUE,
                "The row was not accepted: that title is not allowed");

        assertThat(edits(editor, before)).isEqualTo(kept);
        assertThat(edits(editor, before).changed().get(0).note()).isEqualTo("kept");
    }

    @Test
    void wholeNumbers_refuseFractionsAndValuesOutsideTheirType() throws Exception {
        record Count(String name, int count) {}
        TableEditor editor = TableEditor.of(Table.of(List.of(new Count("a", 1))));
        refused(
                editor,
                editor.fresh(),
                set(0, "count", 2.5),
                ErrorCode.BAD_VALUE,
                "'count' takes whole numbers; 2.5 is not one.");
        refused(
                editor,
                editor.fresh(),
                set(0, "count", 3_000_000_000L),
                ErrorCode.BAD_VALUE,
                "'count' takes whole numbers from -2147483648 to 2147483647.");
        Object state = editor.apply(editor.fresh(), set(0, "count", "42"));
        assertThat(editor.edited(state).edits().rows()).containsExactly(new Count("a", 42));
    }

    @Test
    void forgedRowsAndColumns_areRefused() throws Exception {
        TableEditor editor = TableEditor.of(fields());
        Object state = editor.fresh();
        refused(editor, state, set(404, "hours", 1), ErrorCode.UNKNOWN_ROW, "The table has no row 404 now.");
        refused(editor, state, set("1", "hours", 1), ErrorCode.UNKNOWN_ROW, "The table has no row '1' now.");
        refused(editor, state, set(1, "salary", 1), ErrorCode.UNKNOWN_COLUMN, "The table has no column 'salary'");
        refused(editor, state, delete(1, 404), ErrorCode.UNKNOWN_ROW, "The table has no row 404 now.");
        refused(editor, state, add(Map.of("salary", 1)), ErrorCode.UNKNOWN_COLUMN, "no column 'salary'");

        Object deleted = editor.apply(state, delete(1));
        refused(editor, deleted, set(1, "hours", 1), ErrorCode.UNKNOWN_ROW, "The table has no row 1 now.");
        refused(editor, deleted, delete(1), ErrorCode.UNKNOWN_ROW, "The table has no row 1 now.");
    }

    @Test
    void addedRows_startFromTheSupplier_andAreEditedAndDeletedByTheirKeys() throws Exception {
        TableEditor editor = TableEditor.of(fields());
        Object state = editor.apply(editor.fresh(), add(Map.of("title", "Test", "hours", 3)));
        state = editor.apply(state, add(Map.of()));
        assertThat(edits(editor, state).added())
                .containsExactly(
                        new Task(99, "Test", 3, false, null, Status.OPEN, null),
                        new Task(99, "New", 1, false, null, Status.OPEN, null));
        assertThat(editor.edited(state).view().allRows()).hasSize(5);
        assertThat(editor.edited(state)
                        .view()
                        .page(TableCriteria.NONE, 0)
                        .keys()
                        .toString())
                .isEqualTo("[1,2,3,\"new:1\",\"new:2\"]");

        state = editor.apply(state, set("new:2", "title", "Review"));
        state = editor.apply(state, delete("new:1", 1));
        Edits<Task> edits = edits(editor, state);
        assertThat(edits.added()).extracting(Task::title).containsExactly("Review");
        assertThat(edits.deleted()).containsExactly(tasks().get(0));
        assertThat(edits.rows()).extracting(Task::title).containsExactly("Build", "Ship", "Review");
        assertThat(edits.changed()).isEmpty();
    }

    @Test
    void rowsMayBeAddedOrDeleted_onlyWhereTheTableAllowsIt() throws Exception {
        TableEditor editor = TableEditor.of(Table.of(tasks()).key(Task::id));
        refused(editor, editor.fresh(), add(Map.of()), ErrorCode.BAD_VALUE, "Rows cannot be added to this table.");
        refused(editor, editor.fresh(), delete(1), ErrorCode.BAD_VALUE, "Rows cannot be deleted from this table.");
    }

    @Test
    void anAddedRowWithoutARequiredCell_isRefused() throws Exception {
        TableEditor editor = TableEditor.of(Table.of(tasks())
                .key(Task::id)
                .column("title", Column.text().required())
                .addRows());
        refused(
                editor,
                editor.fresh(),
                add(Map.of("hours", 1)),
                ErrorCode.BAD_VALUE,
                "'title' is required: give it a value for the new row.");
        Object state = editor.apply(editor.fresh(), add(Map.of("title", "Docs")));
        assertThat(edits(editor, state).added()).containsExactly(new Task(0, "Docs", 0, false, null, null, null));
    }

    @Test
    void getterColumns_writeBackThroughTheirWithers() throws Exception {
        TableEditor editor = TableEditor.of(Table.of(tasks())
                .key(Task::id)
                .column("Title", Task::title, Column.text().readOnly())
                .column("Hours", Task::hours, (task, hours) -> task.withHours(hours), Column.number()));
        Object state = editor.apply(editor.fresh(), set(3, "Hours", 4));
        assertThat(edits(editor, state).changed().get(2).hours()).isEqualTo(4.0);
        refused(editor, state, set(3, "Title", "x"), ErrorCode.BAD_VALUE, "'Title' cannot be edited.");
    }

    @Test
    void aGetterWithoutAWither_mustBeReadOnly() {
        assertThatThrownBy(() -> TableEditor.of(Table.of(tasks()).column("Title", Task::title)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("getter without a wither");
    }

    @Test
    void columnsOfMaps_editAsMaps() throws Exception {
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("city", List.of("Oslo", "Lima"));
        columns.put("people", List.of(700_000L, 10_000_000L));
        TableEditor editor = TableEditor.of(Table.ofColumns(columns).addRows());
        Object state = editor.apply(editor.fresh(), set(1, "people", 11_000_000));
        state = editor.apply(state, add(Map.of("city", "Pune")));
        Edits<Object> edits = editor.edited(state).edits();
        assertThat(edits.rows())
                .containsExactly(
                        Map.of("city", "Oslo", "people", 700_000L),
                        Map.of("city", "Lima", "people", 11_000_000L),
                        java.util.Collections.unmodifiableMap(
                                new LinkedHashMap<>(mapOf("city", "Pune", "people", null))));
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    @Test
    void editsHold_whileTheAppDrawsEqualRows_andStartAfreshWhenTheyChange() throws Exception {
        TableEditor editor = TableEditor.of(fields());
        Object state = editor.apply(editor.fresh(), set(1, "hours", 3));
        assertThat(TableEditor.of(fields()).holds(state)).isTrue();
        List<Task> saved = new ArrayList<>(tasks());
        saved.set(0, saved.get(0).withHours(3.0));
        TableEditor after = TableEditor.of(Table.of(saved).key(Task::id));
        assertThat(after.holds(state)).isFalse();
        assertThat(after.edited(state).edits().isEmpty()).isTrue();
    }

    private static void refused(
            TableEditor editor, Object state, Incoming.TableEdit edit, ErrorCode code, String message) {
        Edits<Object> before = editor.edited(state).edits();
        assertThatThrownBy(() -> editor.apply(state, edit))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((ProtocolException) e).code())
                .isEqualTo(code);
        assertThat(editor.edited(state).edits()).isEqualTo(before);
    }
}
