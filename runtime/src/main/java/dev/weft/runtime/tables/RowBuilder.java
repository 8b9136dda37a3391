package dev.weft.runtime.tables;

import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds a data editor's rows as the app's own type: a row with one cell changed (through the
 * column's wither, a record's canonical constructor, or a copy of a map), and a blank row to add
 * (the app's {@code Supplier}, a record of empty components, or a map of empty cells).
 *
 * <p>A record with a generated {@link RowReader} is read and made through it, with direct calls of
 * its accessors and canonical constructor: every record of the application has one (the annotation
 * processor's for the app's row types and member records, the build's for the others). Reflection
 * on its components and canonical constructor is the last fallback, for a record from a library
 * (outside the application's index) or a private one (whose constructor only its nest may call);
 * the build registers the application's private records for it, a library's needs {@code
 * @RegisterForReflection} in a native image.
 */
final class RowBuilder {

    private final Supplier<?> blank;
    private final Class<?> recordType;
    private final List<String> mapNames;

    /**
     * @param blank the app's blank row, or null
     * @param recordType the rows' record type, or null
     * @param mapNames the cells of a blank map row (rows are maps), or null
     */
    RowBuilder(Supplier<?> blank, Class<?> recordType, List<String> mapNames) {
        this.blank = blank;
        this.recordType = recordType;
        this.mapNames = mapNames;
    }

    /** Whether rows can be added without a {@code Supplier}. */
    boolean canMakeBlank() {
        return blank != null || recordType != null || mapNames != null;
    }

    /**
     * A row to add, before its cells are set.
     *
     * @throws IllegalStateException if the app gave no blank row and the rows are not records or maps
     */
    Object blank() {
        if (blank != null) {
            Object row = blank.get();
            if (row == null) {
                throw new IllegalArgumentException("The blank row of addRows(Supplier) is null.");
            }
            return row;
        }
        if (recordType != null) {
            RowReader<Object> reader = creator(recordType);
            if (reader != null) {
                List<Class<?>> types = reader.declaredTypes();
                Object[] values = new Object[types.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = empty(types.get(i));
                }
                return reader.create(values);
            }
            RecordComponent[] components = recordType.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = empty(components[i].getType());
            }
            return construct(recordType, values);
        }
        if (mapNames != null) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapNames.forEach(name -> map.put(name, null));
            return Collections.unmodifiableMap(map);
        }
        throw new IllegalStateException("Rows of this table are added from a blank row: give addRows a Supplier.");
    }

    /**
     * {@code row} with {@code column} set to {@code value}.
     *
     * @throws RuntimeException what the app's wither or record constructor threw (a record's check of
     *     its components, say): the edit is refused with its message
     */
    static Object with(Object row, EditColumn column, Object value) {
        if (column.wither() != null) {
            Object changed = column.wither().apply(row, value);
            if (changed == null) {
                throw new IllegalArgumentException("The wither of column '" + column.name() + "' returned null.");
            }
            return changed;
        }
        if (row instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, cell) -> copy.put(String.valueOf(key), cell));
            copy.put(column.name(), value);
            return Collections.unmodifiableMap(copy);
        }
        RowReader<Object> reader = creator(row.getClass());
        if (reader != null) {
            List<String> names = reader.names();
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = names.get(i).equals(column.name()) ? value : reader.read(row, i);
            }
            return reader.create(values);
        }
        if (row.getClass().isRecord()) {
            RecordComponent[] components = row.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(column.name()) ? value : read(components[i], row);
            }
            return construct(row.getClass(), values);
        }
        throw new IllegalStateException("A " + row.getClass().getName() + " cannot be rebuilt with column '"
                + column.name() + "' changed: give the column a wither.");
    }

    /** The type of a record's component {@code name}, or null if it has none. */
    static Class<?> componentType(Class<?> record, String name) {
        RowReader<Object> reader = creator(record);
        if (reader != null) {
            int index = reader.names().indexOf(name);
            return index < 0 ? null : reader.declaredTypes().get(index);
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType();
            }
        }
        return null;
    }

    /** The generated reader that makes rows of {@code type}, or null when it has none. */
    private static RowReader<Object> creator(Class<?> type) {
        RowReader<Object> reader = RowReaders.of(type);
        return reader != null && reader.creates() ? reader : null;
    }

    private static Object read(RecordComponent component, Object row) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read '" + component.getName() + "': " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    private static Object construct(Class<?> type, Object[] values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot build a " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        return e.getCause() instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return switch (type.getName()) {
            case "boolean" -> false;
            case "char" -> '\0';
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }
}
