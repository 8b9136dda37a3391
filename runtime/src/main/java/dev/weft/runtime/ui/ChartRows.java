package dev.weft.runtime.ui;

import dev.weft.Table;
import dev.weft.runtime.rows.Frames;
import dev.weft.runtime.tables.JdbcRows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows a chart of named fields reads from a {@link Table}: its own rows, or maps of its columns
 * (a frame's, or a JDBC result's or query's, read into memory once, at most 100,000 rows).
 */
final class ChartRows {

    private ChartRows() {}

    static List<?> of(Table<?> table) {
        Objects.requireNonNull(table, "table");
        return switch (table.source()) {
            case Table.Rows rows -> rows.rows();
            case Table.Frame frame -> Frames.rows(frame.frame());
            case Table.Columns columns -> columns(columns.columns());
            case Table.Results results -> columns(JdbcRows.columns(results));
            case Table.Query query -> columns(JdbcRows.columns(query));
        };
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
