package dev.weft.runtime.rows;

import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import io.quarkus.runtime.LaunchMode;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the fields of rows an app hands to a table or a chart: records (their components), maps
 * (their keys) and beans (their public getters). Rows with a generated reader ({@link RowReaders})
 * are read by direct calls: the row types of the app's fragments and its member types (the annotation
 * processor's readers), and every other record of the application (readers the build writes from
 * the application's index). Reflection is the last fallback, for what has no reader: beans outside
 * the app's package, records from libraries, and private records (whose constructor generated code
 * may not call). It reads their accessors, looked up once per class: on the JVM that always works; in
 * a native image the class must be registered for reflection, which Weft's build does for the
 * application's private records (see the README).
 */
public final class Rows {

    private static final ClassValue<Map<String, Method>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return type.isRecord() ? recordFields(type) : beanFields(type);
        }
    };

    /**
     * Whether a type's generated reader still matches the class (same fields, same types). Dev mode
     * recompiles only the files that changed: a record edited in its own file keeps the reader the
     * app's definition was generated with until the app's class is compiled again.
     */
    private static final ClassValue<Boolean> CURRENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            RowReader<Object> reader = RowReaders.of(type);
            Map<String, Method> fields = FIELDS.get(type);
            if (reader == null || !reader.names().equals(List.copyOf(fields.keySet()))) {
                return false;
            }
            List<Class<?>> types = fields.values().stream()
                    .map(method ->
                            MethodType.methodType(method.getReturnType()).wrap().returnType())
                    .collect(Collectors.toList());
            return reader.types().equals(types);
        }
    };

    private Rows() {}

    /** The generated reader of rows of exactly {@code type}, or null to read them by reflection. */
    private static RowReader<Object> reader(Class<?> type) {
        RowReader<Object> reader = RowReaders.of(type);
        if (reader != null && LaunchMode.current() == LaunchMode.DEVELOPMENT && !CURRENT.get(type)) {
            return null;
        }
        return reader;
    }

    /** The rows as columns: each field's name and its values, top to bottom, in the first row's order. */
    public static LinkedHashMap<String, List<Object>> columns(Collection<?> rows) {
        LinkedHashMap<String, List<Object>> generated = generatedColumns(rows);
        if (generated != null) {
            return generated;
        }
        LinkedHashMap<String, List<Object>> columns = new LinkedHashMap<>();
        int index = 0;
        Class<?> kind = null;
        for (Object row : rows) {
            if (row == null) {
                throw new IllegalArgumentException(
                        "Row " + index + " is null. Give a record, a Map or a bean per row.");
            }
            Class<?> rowKind = row instanceof Map<?, ?> ? Map.class : row.getClass();
            if (kind == null) {
                kind = rowKind;
            } else if (kind != rowKind && (kind == Map.class || rowKind == Map.class)) {
                throw new IllegalArgumentException("Row " + index + " is a " + rowKind.getSimpleName()
                        + " but the rows before it are " + kind.getSimpleName() + "s. Give rows of one kind.");
            }
            Map<String, Object> values = fields(row);
            for (List<Object> column : columns.values()) {
                column.add(null); // filled below if this row has the field
            }
            for (Map.Entry<String, Object> field : values.entrySet()) {
                List<Object> column = columns.get(field.getKey());
                if (column == null) {
                    column = new ArrayList<>(rows.size());
                    for (int i = 0; i <= index; i++) {
                        column.add(null);
                    }
                    columns.put(field.getKey(), column);
                }
                column.set(index, field.getValue());
            }
            index++;
        }
        return columns;
    }

    /**
     * The columns of rows that are all of one class with a generated reader, read by direct calls; null
     * when they are not (no rows, a null row, rows of several classes, or no reader).
     */
    private static LinkedHashMap<String, List<Object>> generatedColumns(Collection<?> rows) {
        RowReader<Object> reader = sameReader(rows);
        if (reader == null) {
            return null;
        }
        List<String> names = reader.names();
        List<List<Object>> values = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            values.add(new ArrayList<>(rows.size()));
        }
        for (Object row : rows) {
            for (int c = 0; c < names.size(); c++) {
                values.get(c).add(read(reader, row, c));
            }
        }
        LinkedHashMap<String, List<Object>> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            columns.put(names.get(c), values.get(c));
        }
        return columns;
    }

    /** The generated reader of every row, when all rows are of one class that has one; else null. */
    private static RowReader<Object> sameReader(Collection<?> rows) {
        Class<?> kind = null;
        for (Object row : rows) {
            if (row == null || (kind != null && row.getClass() != kind)) {
                return null;
            }
            kind = row.getClass();
        }
        return kind == null ? null : reader(kind);
    }

    /** One field of every row, e.g. a chart's x or a series. */
    public static List<Object> field(List<?> rows, String name) {
        RowReader<Object> reader = sameReader(rows);
        int column = reader == null ? -1 : reader.names().indexOf(name);
        if (column >= 0) {
            List<Object> values = new ArrayList<>(rows.size());
            for (Object row : rows) {
                values.add(read(reader, row, column));
            }
            return values;
        }
        List<Object> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object row = rows.get(i);
            if (row == null) {
                throw new IllegalArgumentException("Row " + i + " is null. Give a record, a Map or a bean per row.");
            }
            Map<String, Object> fields = fields(row);
            if (!fields.containsKey(name)) {
                throw new IllegalArgumentException(
                        "Row " + i + " (" + row.getClass().getSimpleName() + ") has no field '" + name + "'; it has "
                                + fields.keySet() + ".");
            }
            values.add(fields.get(name));
        }
        return values;
    }

    /** Whether {@code value} is a row whose fields {@link #columns} can read: a map or a record. */
    public static boolean isRecordOrMap(Object value) {
        return value instanceof Map<?, ?> || (value != null && value.getClass().isRecord());
    }

    /** A row's fields by name, in order. */
    public static Map<String, Object> fields(Object row) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (row instanceof Map<?, ?> map) {
            map.forEach((key, value) -> values.put(String.valueOf(key), value));
            return values;
        }
        RowReader<Object> reader = reader(row.getClass());
        if (reader != null) {
            List<String> names = reader.names();
            for (int c = 0; c < names.size(); c++) {
                values.put(names.get(c), read(reader, row, c));
            }
            return values;
        }
        for (Map.Entry<String, Method> field : FIELDS.get(row.getClass()).entrySet()) {
            try {
                values.put(field.getKey(), field.getValue().invoke(row));
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException(
                        "Cannot read '" + field.getKey() + "' of a "
                                + row.getClass().getName() + ": " + e.getMessage(),
                        e);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(
                        "Reading '" + field.getKey() + "' of a "
                                + row.getClass().getName() + " failed: " + e.getCause(),
                        e.getCause());
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A " + row.getClass().getName() + " has no fields Weft can read: give"
                    + " records, Maps or beans with public getters (in a native image, register the class with"
                    + " @RegisterForReflection).");
        }
        return values;
    }

    /** One column of a row through its generated reader; a getter's failure says which field failed. */
    private static Object read(RowReader<Object> reader, Object row, int column) {
        try {
            return reader.read(row, column);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Reading '" + reader.names().get(column) + "' of a "
                            + row.getClass().getName() + " failed: " + e,
                    e);
        }
    }

    /**
     * {@code value} with every record and bean that has a generated reader turned into a map of its
     * fields, inside maps, collections and object arrays too, so that serializing it to JSON needs no
     * reflection on those types; {@code value} itself when it holds none of them.
     */
    public static Object plain(Object value) {
        switch (value) {
            case null -> {
                return null;
            }
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                boolean changed = false;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    Object plain = plain(entry.getValue());
                    changed |= plain != entry.getValue();
                    copy.put(entry.getKey(), plain);
                }
                return changed ? copy : map;
            }
            case Collection<?> collection -> {
                List<Object> copy = new ArrayList<>(collection.size());
                boolean changed = false;
                for (Object element : collection) {
                    Object plain = plain(element);
                    changed |= plain != element;
                    copy.add(plain);
                }
                return changed ? copy : collection;
            }
            case Object[] array -> {
                List<Object> copy = plainList(array);
                return copy == null ? array : copy;
            }
            default -> {
                RowReader<Object> reader = reader(value.getClass());
                if (reader == null) {
                    return value;
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                List<String> names = reader.names();
                for (int c = 0; c < names.size(); c++) {
                    fields.put(names.get(c), plain(read(reader, value, c)));
                }
                return fields;
            }
        }
    }

    private static List<Object> plainList(Object[] array) {
        List<Object> copy = new ArrayList<>(array.length);
        boolean changed = false;
        for (Object element : array) {
            Object plain = plain(element);
            changed |= plain != element;
            copy.add(plain);
        }
        return changed ? copy : null;
    }

    private static Map<String, Method> recordFields(Class<?> type) {
        Map<String, Method> fields = new LinkedHashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
            Method accessor = component.getAccessor();
            accessor.trySetAccessible(); // a record nested in the app may be package-private
            fields.put(component.getName(), accessor);
        }
        return fields;
    }

    private static Map<String, Method> beanFields(Class<?> type) {
        Map<String, Method> fields = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())
                    || method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            String field = null;
            if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
                field = name.substring(3);
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                field = name.substring(2);
            }
            if (field != null) {
                method.trySetAccessible();
                fields.put(field.substring(0, 1).toLowerCase(Locale.ROOT) + field.substring(1), method);
            }
        }
        // getMethods() has no defined order: sort by name so that columns are the same on every run.
        Map<String, Method> sorted = new LinkedHashMap<>();
        fields.keySet().stream().sorted().forEach(name -> sorted.put(name, fields.get(name)));
        return sorted;
    }
}
