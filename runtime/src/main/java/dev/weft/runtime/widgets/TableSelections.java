package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Selection;
import dev.weft.TableSelect;
import dev.weft.runtime.tables.Cells;
import dev.weft.runtime.tables.Keys;
import dev.weft.runtime.tables.Picked;
import dev.weft.runtime.tables.TableColumn;
import dev.weft.runtime.tables.TableException;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a browser may select in a table ({@link TableWidgets.Selecting}), checked against the rows the
 * table holds, and the {@link Selection} it makes: the app's own rows, their keys, the cells or the
 * columns.
 *
 * <p>On the wire a selection is one of {@code {"rows": [key, ...]}}, {@code {"cells": [[key,
 * column], ...]}} or {@code {"columns": [column, ...]}}, by what the table selects (see {@code
 * docs/protocol.md}). Refused, with nothing changed: another shape or kind, a key the table does not
 * hold, a key that is not a number, text or boolean, a column it does not show, the same row, cell or
 * column twice, more than one in a single selection, and more than {@link #MAX_SELECTED}.
 */
final class TableSelections {

    /** The most rows, cells or columns one selection may hold. */
    static final int MAX_SELECTED = 10_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableWidgets.Selecting spec;

    TableSelections(TableWidgets.Selecting spec) {
        this.spec = spec;
    }

    /** The field a selection of this table travels in: rows, cells or columns. */
    static String field(TableSelect mode) {
        return switch (mode) {
            case ROW, ROWS -> "rows";
            case CELL, CELLS -> "cells";
            case COLUMN, COLUMNS -> "columns";
            case NONE -> throw new IllegalArgumentException("nothing to select");
        };
    }

    private static boolean single(TableSelect mode) {
        return mode == TableSelect.ROW || mode == TableSelect.CELL || mode == TableSelect.COLUMN;
    }

    // ---------------------------------------------------------------- a browser's selection

    /** The selection a browser sent, checked in full before anything is made of it. */
    Selection<Object> accept(JsonNode value) throws ProtocolException {
        String field = field(spec.mode());
        if (value == null || !value.isObject() || value.size() != 1 || !value.has(field)) {
            throw bad("A selection of " + spec.named() + " is {\"" + field + "\": [...]}, since it selects " + field
                    + "; not " + shown(value) + ".");
        }
        JsonNode items = value.get(field);
        if (!items.isArray()) {
            throw bad("'" + field + "' of a selection of " + spec.named() + " is a list, not " + shown(items) + ".");
        }
        int most = single(spec.mode()) ? 1 : MAX_SELECTED;
        if (items.size() > most) {
            throw bad(
                    most == 1
                            ? capital(spec.named()) + " selects one " + field.substring(0, field.length() - 1)
                                    + " at a time, not " + items.size() + "."
                            : "A selection of " + spec.named() + " holds at most " + MAX_SELECTED + " " + field
                                    + ", not " + items.size() + ".");
        }
        return switch (field) {
            case "rows" -> rows(items);
            case "cells" -> cells(items);
            default -> columns(items);
        };
    }

    private Selection<Object> rows(JsonNode items) throws ProtocolException {
        List<Object> keys = new ArrayList<>(items.size());
        Set<Object> seen = new java.util.HashSet<>();
        for (JsonNode item : items) {
            Object key = key(item);
            if (!seen.add(key)) {
                throw bad("The row with key " + shown(item) + " is selected twice in " + spec.named() + ".");
            }
            keys.add(key);
        }
        Picked picked = held(keys);
        return new Selection<>(picked.rows(), appKeys(picked), List.of(), List.of());
    }

    private Selection<Object> cells(JsonNode items) throws ProtocolException {
        List<Object[]> cells = new ArrayList<>(items.size());
        Set<List<Object>> seen = new java.util.HashSet<>();
        Set<Object> keys = new LinkedHashSet<>();
        for (JsonNode item : items) {
            if (!item.isArray() || item.size() != 2) {
                throw bad("A cell of a selection of " + spec.named() + " is [key, column], not " + shown(item) + ".");
            }
            Object key = key(item.get(0));
            String column = column(item.get(1));
            if (!seen.add(List.of(key, column))) {
                throw bad("The cell " + shown(item) + " is selected twice in " + spec.named() + ".");
            }
            keys.add(key);
            cells.add(new Object[] {key, column});
        }
        Picked picked = held(keys);
        Map<Object, Integer> order = new HashMap<>();
        for (int i = 0; i < picked.keys().size(); i++) {
            order.put(picked.keys().get(i), i);
        }
        List<Object> appKeys = appKeys(picked);
        cells.sort(Comparator.<Object[]>comparingInt(cell -> order.get(cell[0]))
                .thenComparingInt(cell -> spec.model().column((String) cell[1])));
        List<Selection.Cell> selected = new ArrayList<>(cells.size());
        for (Object[] cell : cells) {
            selected.add(new Selection.Cell(appKeys.get(order.get(cell[0])), (String) cell[1]));
        }
        return new Selection<>(picked.rows(), appKeys, List.of(), selected);
    }

    private Selection<Object> columns(JsonNode items) throws ProtocolException {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode item : items) {
            if (!names.add(column(item))) {
                throw bad("Column " + shown(item) + " is selected twice in " + spec.named() + ".");
            }
        }
        List<String> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparingInt(name -> spec.model().column(name)));
        return new Selection<>(List.of(), List.of(), ordered, List.of());
    }

    /** A key as the browser names a row: a number, text or boolean, in its travelling form. */
    private Object key(JsonNode item) throws ProtocolException {
        Object key =
                switch (item.getNodeType()) {
                    case NUMBER -> item.numberValue();
                    case STRING -> item.textValue();
                    case BOOLEAN -> item.booleanValue();
                    default -> null;
                };
        if (key == null) {
            throw bad("A row of " + spec.named() + " is named by its key (a number, text or boolean), not "
                    + shown(item) + ".");
        }
        return Keys.normal(key);
    }

    /** A column the table shows, by name. */
    private String column(JsonNode item) throws ProtocolException {
        String name = item.isTextual() ? item.textValue() : null;
        int index = name == null ? -1 : spec.model().column(name);
        if (index < 0 || spec.model().columns().get(index).hidden()) {
            throw bad(capital(spec.named()) + " shows no column " + shown(item) + "; it shows " + shownColumns() + ".");
        }
        return name;
    }

    private List<String> shownColumns() {
        return spec.model().columns().stream()
                .filter(column -> !column.hidden())
                .map(TableColumn::name)
                .toList();
    }

    /** The table's rows for these keys; refused if it does not hold one of them. */
    private Picked held(Collection<Object> keys) throws ProtocolException {
        Picked picked;
        try {
            picked = spec.model().rows(keys);
        } catch (TableException | IllegalStateException e) {
            throw bad("The rows of " + spec.named() + " could not be read: " + e.getMessage());
        }
        if (!picked.missing().isEmpty()) {
            Object key = picked.missing().get(0);
            throw bad(capital(spec.named()) + " has no row with key " + shownKey(key)
                    + (spec.keyed() ? "" : " (rows are" + " keyed by position, from 0)") + ".");
        }
        return picked;
    }

    private static String capital(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static String shownKey(Object key) {
        String text = key instanceof String s ? "'" + s + "'" : String.valueOf(key);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** The keys of picked rows as the app knows them: its key getter's values, else as they travel. */
    private List<Object> appKeys(Picked picked) {
        Function<Object, Object> keyOf = spec.keyOf();
        if (keyOf == null) {
            return picked.keys();
        }
        List<Object> keys = new ArrayList<>(picked.rows().size());
        for (Object row : picked.rows()) {
            keys.add(keyOf.apply(row));
        }
        return keys;
    }

    // ---------------------------------------------------------------- across reruns

    /** Whether a selection has this table's kind and fits its single or multiple mode. */
    boolean fits(Selection<?> selection) {
        int count =
                switch (field(spec.mode())) {
                    case "rows" ->
                        selection.cells().isEmpty() && selection.columns().isEmpty()
                                ? selection.keys().size()
                                : -1;
                    case "cells" ->
                        selection.columns().isEmpty() ? selection.cells().size() : -1;
                    default -> selection.keys().isEmpty() ? selection.columns().size() : -1;
                };
        return count >= 0 && count <= (single(spec.mode()) ? 1 : MAX_SELECTED);
    }

    /**
     * The selection kept from an earlier run, for the rows this run drew: with a key, every selected
     * key still held, with its row as drawn now; without one (rows keyed by position), all of it if the
     * selected rows are still where they were and equal, else nothing. Columns and cells the table no
     * longer shows are dropped.
     */
    Selection<?> carry(Selection<?> kept) {
        if (!fits(kept)) {
            return Selection.none();
        }
        if (field(spec.mode()).equals("columns")) {
            List<String> still = kept.columns().stream()
                    .filter(name -> spec.model().column(name) >= 0
                            && !spec.model()
                                    .columns()
                                    .get(spec.model().column(name))
                                    .hidden())
                    .toList();
            return new Selection<>(List.of(), List.of(), still, List.of());
        }
        Picked picked;
        try {
            picked = spec.model().rows(kept.keys().stream().map(Keys::normal).toList());
        } catch (TableException | IllegalStateException e) {
            return Selection.none();
        }
        if (!spec.keyed() && (!picked.missing().isEmpty() || !picked.rows().equals(kept.rows()))) {
            return Selection.none();
        }
        List<Object> keys = appKeys(picked);
        if (field(spec.mode()).equals("rows")) {
            return new Selection<>(picked.rows(), keys, List.of(), List.of());
        }
        Map<Object, Object> byTravel = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byTravel.put(picked.keys().get(i), keys.get(i));
        }
        List<Selection.Cell> cells = new ArrayList<>();
        for (Selection.Cell cell : kept.cells()) {
            Object key = byTravel.get(Keys.normal(cell.key()));
            int column = spec.model().column(cell.column());
            if (key != null
                    && column >= 0
                    && !spec.model().columns().get(column).hidden()) {
                cells.add(new Selection.Cell(key, cell.column()));
            }
        }
        Set<Object> holding = new java.util.HashSet<>();
        cells.forEach(cell -> holding.add(Keys.normal(cell.key())));
        List<Object> rows = new ArrayList<>();
        List<Object> rowKeys = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (holding.contains(picked.keys().get(i))) {
                rows.add(picked.rows().get(i));
                rowKeys.add(keys.get(i));
            }
        }
        return new Selection<>(rows, rowKeys, List.of(), cells);
    }

    // ---------------------------------------------------------------- to the browser

    /** What is selected, as the table's element tells the browser: keys in their travelling form. */
    static ObjectNode json(TableSelect mode, Selection<?> selection) {
        ObjectNode node = JSON.objectNode();
        ArrayNode items = node.putArray(field(mode));
        switch (field(mode)) {
            case "rows" -> selection.keys().forEach(key -> Cells.write(items, Keys.normal(key)));
            case "cells" ->
                selection.cells().forEach(cell -> {
                    ArrayNode pair = items.addArray();
                    Cells.write(pair, Keys.normal(cell.key()));
                    pair.add(cell.column());
                });
            default -> selection.columns().forEach(items::add);
        }
        return node;
    }
}
