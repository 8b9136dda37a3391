package dev.weft.runtime.rows;

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

/**
 * Reads the fields of rows an app hands to a table or a chart: records (their components), maps
 * (their keys) and beans (their public getters). Records and beans are read through their accessor
 * methods by reflection, looked up once per class: on the JVM that always works; in a native image
 * the class must be registered for reflection, which Weft's build does for the application's own
 * records (see the README).
 */
public final class Rows {

    private static final ClassValue<Map<String, Method>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return type.isRecord() ? recordFields(type) : beanFields(type);
        }
    };

    private Rows() {}

    /** The rows as columns: each field's name and its values, top to bottom, in the first row's order. */
    public static LinkedHashMap<String, List<Object>> columns(Collection<?> rows) {
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

    /** One field of every row, e.g. a chart's x or a series. */
    public static List<Object> field(List<?> rows, String name) {
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
