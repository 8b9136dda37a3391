package dev.weft.runtime.ui;

import dev.weft.Table;
import dev.weft.runtime.rows.Frames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The rows a chart of named fields reads from a {@link Table}: its own rows, or maps of its columns. */
final class ChartRows {

    private ChartRows() {}

    static List<?> of(Table<?> table) {
        Objects.requireNonNull(table, "table");
        return switch (table.source()) {
            case Table.Rows rows -> rows.rows();
            case Table.Frame frame -> Frames.rows(frame.frame());
            case Table.Columns columns -> columns(columns.columns());
            case Table.Results results -> throw notInMemory("a JDBC result");
            case Table.Query query -> throw notInMemory("a query");
        };
    }

    private static IllegalArgumentException notInMemory(String what) {
        return new IllegalArgumentException("A chart reads rows in memory, not " + what
                + ": read it into a List of rows (or a data frame) and chart that.");
    }

    private static List<Map<String, Object>> columns(Map<String, ? extends List<?>> columns) {
        int size = -1;
        for (Map.Entry<String, ? extends List<?>> column : columns.entrySet()) {
            int length = Objects.requireNonNull(column.getValue(), "column " + column.getKey())
                    .size();
            if (size >= 0 && length != size) {
                throw new IllegalArgumentException("Column '" + column.getKey() + "' has " + length
                        + " values but the columns before it have " + size + ". Give every column one value per row.");
            }
            size = length;
        }
        List<Map<String, Object>> rows = new ArrayList<>(Math.max(size, 0));
        for (int row = 0; row < size; row++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, ? extends List<?>> column : columns.entrySet()) {
                fields.put(column.getKey(), column.getValue().get(row));
            }
            rows.add(Collections.unmodifiableMap(fields));
        }
        return rows;
    }
}
