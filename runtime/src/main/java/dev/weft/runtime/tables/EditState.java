package dev.weft.runtime.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user has done to a data editor so far: the value its session keeps between reruns (as a
 * widget's value). Immutable; each accepted edit makes a new state ({@link TableEditor#apply}).
 *
 * @param base the rows the edits were made to (every cell, as drawn): the state holds only while the
 *     app draws equal rows, and the editor starts afresh when they change
 * @param changed the new values of changed cells of original rows: row key → column → value (of the
 *     cell's Java type, or null for an emptied cell)
 * @param added the rows added, in order
 * @param deleted the keys of the original rows deleted
 * @param next the number the next added row's key is made from
 */
record EditState(
        List<List<Object>> base,
        Map<Object, Map<String, Object>> changed,
        List<AddedRow> added,
        Set<Object> deleted,
        int next) {

    /** A row the user added: its key ({@code "new:1"}, ...) and the cells given so far. */
    record AddedRow(String key, Map<String, Object> cells) {
        AddedRow {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        AddedRow with(String column, Object value) {
            Map<String, Object> next = new LinkedHashMap<>(cells);
            next.put(column, value);
            return new AddedRow(key, next);
        }
    }

    EditState {
        Map<Object, Map<String, Object>> copy = new LinkedHashMap<>();
        changed.forEach((key, cells) -> copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(cells))));
        changed = Collections.unmodifiableMap(copy);
        added = List.copyOf(added);
        deleted = Collections.unmodifiableSet(new LinkedHashSet<>(deleted));
    }

    /** Nothing done yet to rows {@code base}. */
    static EditState fresh(List<List<Object>> base) {
        return new EditState(base, Map.of(), List.of(), Set.of(), 1);
    }

    /**
     * The state with the cell {@code column} of original row {@code key} set to {@code value}; a cell
     * set back to its original value ({@code same}) is no longer a change.
     */
    EditState withCell(Object key, String column, Object value, boolean same) {
        Map<Object, Map<String, Object>> next = new LinkedHashMap<>(changed);
        Map<String, Object> cells = new LinkedHashMap<>(changed.getOrDefault(key, Map.of()));
        if (same) {
            cells.remove(column);
        } else {
            cells.put(column, value);
        }
        if (cells.isEmpty()) {
            next.remove(key);
        } else {
            next.put(key, cells);
        }
        return new EditState(base, next, added, deleted, this.next);
    }

    /** The state with added row {@code index} replaced. */
    EditState withAdded(int index, AddedRow row) {
        List<AddedRow> rows = new ArrayList<>(added);
        rows.set(index, row);
        return new EditState(base, changed, rows, deleted, next);
    }

    /** The state with a new row of these cells at the end, keyed {@code key}; {@code following} numbers the next. */
    EditState plus(String key, int following, Map<String, Object> cells) {
        List<AddedRow> rows = new ArrayList<>(added);
        rows.add(new AddedRow(key, cells));
        return new EditState(base, changed, rows, deleted, following);
    }

    /** The state without these original rows (by key) and added rows (by key). */
    EditState minus(Set<Object> originals, Set<String> addedKeys) {
        Set<Object> gone = new LinkedHashSet<>(deleted);
        gone.addAll(originals);
        List<AddedRow> rows =
                added.stream().filter(row -> !addedKeys.contains(row.key())).toList();
        return new EditState(base, changed, rows, gone, next);
    }

    /** The index of the added row with this key, or -1. */
    int addedIndex(Object key) {
        for (int i = 0; i < added.size(); i++) {
            if (added.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
