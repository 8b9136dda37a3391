package dev.weft.runtime.tables;

import dev.weft.Column;
import dev.weft.Table;
import dev.weft.runtime.rows.Frames;
import dev.weft.runtime.rows.Rows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Reads what an app gave {@code ui.table} into a {@link TableModel}: rows through the columns' getters
 * (no reflection) or their fields ({@link Rows}), columns as given, a JDBC result read to its end, a
 * data frame through {@link Frames}; a query stays in its database ({@link QueryTable}).
 */
public final class TableReader {

    private TableReader() {}

    /**
     * The table's model; a query's is read at once (its columns, its count and its first page).
     *
     * @throws IllegalArgumentException if a row is null, a column is unknown or given twice, or a key
     *     is null or not unique
     */
    public static TableModel read(Table<?> table) {
        if (table.source() instanceof Table.Query query) {
            return QueryTable.open(query, table);
        }
        return memory(table);
    }

    /** The model of a table of rows, columns, a result or a frame. */
    static TableData memory(Table<?> table) {
        Fields fields =
                switch (table.source()) {
                    case Table.Rows rows -> Fields.rows(rows.rows());
                    case Table.Columns columns -> Fields.columns(columns.columns());
                    case Table.Results results -> Fields.columns(JdbcValues.readAll(results.results()));
                    case Table.Frame frame -> Fields.columns(Frames.columns(frame.frame()));
                    case Table.Query query -> throw new IllegalArgumentException("A query is not read into memory.");
                };
        return read(table, fields, null, TableOptions.of(table), null);
    }

    /**
     * The model of {@code rows} (the app's rows, or maps) with {@code table}'s columns and these keys
     * (in their travelling form): an editor's rows as edited ({@link TableEditor}).
     */
    static TableData edited(Table<?> table, List<?> rows, Object[] keys, TableOptions options, List<String> names) {
        return read(table, Fields.rows(rows), keys, options, names);
    }

    private static TableData read(
            Table<?> table, Fields fields, Object[] givenKeys, TableOptions options, List<String> givenNames) {
        List<Table.ColumnSpec> specs = table.columns();
        boolean getters = specs.stream().anyMatch(spec -> spec.getter() != null);
        List<TableColumn> columns = new ArrayList<>();
        List<Object[]> cells = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (getters) {
            for (Table.ColumnSpec spec : specs) {
                if (!names.add(spec.name())) {
                    throw new IllegalArgumentException(
                            "The table has two columns named '" + spec.name() + "'. Give each column its own label.");
                }
                Object[] column = spec.getter() != null ? fields.read(spec.getter()) : fields.field(spec.name());
                cells.add(column);
                columns.add(new TableColumn(spec.name(), Cells.type(column), spec.format()));
            }
        } else {
            Map<String, Column> formats = new LinkedHashMap<>();
            for (Table.ColumnSpec spec : specs) {
                formats.put(spec.name(), spec.format());
            }
            List<String> fieldNames = givenNames != null ? givenNames : fields.names();
            for (String name : fieldNames) {
                Object[] column = fields.field(name);
                cells.add(column);
                columns.add(new TableColumn(name, Cells.type(column), formats.getOrDefault(name, Column.auto())));
                formats.remove(name);
            }
            if (!formats.isEmpty()) {
                throw new IllegalArgumentException("The table has no column '"
                        + formats.keySet().iterator().next() + "' to configure; it has " + fieldNames + ".");
            }
        }
        Object[] keys = givenKeys;
        if (keys != null) {
            // given by the caller
        } else if (table.keyGetter() != null) {
            keys = fields.read(table.keyGetter());
        } else if (table.keyField() != null) {
            keys = fields.field(table.keyField());
        }
        return new TableData(columns, cells.toArray(Object[][]::new), fields.size(), keys, fields.original(), options);
    }

    /** The rows of a source, read by getter or by field name. */
    private interface Fields {

        int size();

        /** Every field's name, in order. */
        List<String> names();

        /** One field's cells, top to bottom. */
        Object[] field(String name);

        /** What a getter reads from each row ({@link Cells#cell} applied), top to bottom. */
        Object[] read(Function<Object, Object> getter);

        /** The app's row at an index: its own, or a map of column name to value. */
        IntFunction<Object> original();

        static Fields rows(List<?> rows) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) == null) {
                    throw new IllegalArgumentException(
                            "Row " + i + " is null. Give a record, a Map or a bean per row.");
                }
            }
            List<?> list = List.copyOf(rows);
            return new Fields() {
                private LinkedHashMap<String, List<Object>> all;

                @Override
                public int size() {
                    return list.size();
                }

                private LinkedHashMap<String, List<Object>> all() {
                    if (all == null) {
                        all = Rows.columns(list);
                    }
                    return all;
                }

                @Override
                public List<String> names() {
                    return List.copyOf(all().keySet());
                }

                @Override
                public Object[] field(String name) {
                    List<Object> values = all != null && all.containsKey(name) ? all.get(name) : Rows.field(list, name);
                    return cells(values);
                }

                @Override
                public Object[] read(Function<Object, Object> getter) {
                    Object[] cells = new Object[list.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = Cells.cell(getter.apply(list.get(i)));
                    }
                    return cells;
                }

                @Override
                public IntFunction<Object> original() {
                    return list::get;
                }
            };
        }

        static Fields columns(Map<String, ? extends List<?>> given) {
            LinkedHashMap<String, List<?>> columns = new LinkedHashMap<>();
            int rows = -1;
            String first = null;
            for (Map.Entry<String, ? extends List<?>> column : given.entrySet()) {
                List<?> values = column.getValue();
                String name = String.valueOf(column.getKey());
                if (values == null) {
                    throw new IllegalArgumentException("Column '" + name + "' is null. Give a list of values.");
                }
                if (rows < 0) {
                    rows = values.size();
                    first = name;
                } else if (values.size() != rows) {
                    throw new IllegalArgumentException("Column '" + name + "' has " + values.size()
                            + " values but column '" + first + "' has " + rows
                            + ". Give every column one value per row.");
                }
                columns.put(name, values instanceof java.util.RandomAccess ? values : new ArrayList<>(values));
            }
            int size = Math.max(rows, 0);
            IntFunction<Object> row = index -> {
                Map<String, Object> map = new LinkedHashMap<>();
                columns.forEach((name, values) -> map.put(name, values.get(index)));
                return Collections.unmodifiableMap(map);
            };
            return new Fields() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public List<String> names() {
                    return List.copyOf(columns.keySet());
                }

                @Override
                public Object[] field(String name) {
                    List<?> values = columns.get(name);
                    if (values == null) {
                        throw new IllegalArgumentException(
                                "The table has no column '" + name + "'; it has " + columns.keySet() + ".");
                    }
                    return cells(values);
                }

                @Override
                public Object[] read(Function<Object, Object> getter) {
                    Object[] cells = new Object[size];
                    for (int i = 0; i < size; i++) {
                        cells[i] = Cells.cell(getter.apply(row.apply(i)));
                    }
                    return cells;
                }

                @Override
                public IntFunction<Object> original() {
                    return row;
                }
            };
        }

        private static Object[] cells(List<?> values) {
            Object[] cells = new Object[values.size()];
            int i = 0;
            for (Object value : values) {
                cells[i++] = Cells.cell(value);
            }
            return cells;
        }
    }
}
