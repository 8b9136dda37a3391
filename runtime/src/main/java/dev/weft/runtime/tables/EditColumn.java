package dev.weft.runtime.tables;

import dev.weft.Column;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of a data editor: how its cells are edited, and how an edited value goes back into a
 * row.
 *
 * @param name the column's name, as edits name it
 * @param edit how a cell is edited, or {@link Edit#NONE} for a column that cannot be
 * @param type the Java type an edited value is given as (the cell's type, boxed), or null for none
 * @param primitive whether the cell's type is primitive, so that it cannot be empty
 * @param format the column as configured: its options, {@code min}/{@code max}, {@code required}
 *     and {@code maxLength}
 * @param getter reads the cell from a row (the field {@code name} when the column has no getter)
 * @param wither returns a row with the cell changed, or null to rebuild the row by its field {@code
 *     name} (a record's constructor, a map's copy)
 */
record EditColumn(
        String name,
        Edit edit,
        Class<?> type,
        boolean primitive,
        Column format,
        Function<Object, Object> getter,
        BiFunction<Object, Object, Object> wither) {

    /** How a cell is edited in the browser, and what the server accepts for it. */
    enum Edit {
        /** Not editable: read-only, or of a type an editor cannot give (lists, instants). */
        NONE,
        TEXT,
        /** A whole number within the cell type's range. */
        INT,
        /** A number, with or without a fraction. */
        NUMBER,
        BOOL,
        DATE,
        TIME,
        DATETIME,
        /** One of {@link EditColumn#options()}. */
        CHOICE;

        /** The name the browser is told ({@code docs/protocol.md}). */
        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The options of a choice: the column's, else an enum's constants. */
    List<String> options() {
        if (!format.options().isEmpty()) {
            return format.options();
        }
        if (type != null && type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
        }
        return List.of();
    }

    /** The header's text, for messages. */
    String label() {
        return format.label() != null ? format.label() : name;
    }

    /** Whether a cell of this column may be edited. */
    boolean editable() {
        return edit != Edit.NONE;
    }

    /** How a cell of values of {@code type} shown as {@code format} is edited. */
    static Edit editOf(Class<?> type, Column format) {
        if (format.isReadOnly() || type == null) {
            return Edit.NONE;
        }
        switch (format.kind()) {
            case LINE_SPARK, BAR_SPARK, TAGS, PROGRESS -> {
                return Edit.NONE;
            }
            case CHOICE -> {
                return type == String.class || type.isEnum() ? Edit.CHOICE : Edit.NONE;
            }
            default -> {}
        }
        if (type.isEnum()) {
            return Edit.CHOICE;
        }
        if (type == String.class) {
            return Edit.TEXT;
        }
        if (type == Boolean.class) {
            return Edit.BOOL;
        }
        if (type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == Byte.class
                || type == java.math.BigInteger.class) {
            return Edit.INT;
        }
        if (type == Double.class || type == Float.class || type == java.math.BigDecimal.class) {
            return Edit.NUMBER;
        }
        if (type == java.time.LocalDate.class) {
            return Edit.DATE;
        }
        if (type == java.time.LocalTime.class) {
            return Edit.TIME;
        }
        if (type == java.time.LocalDateTime.class) {
            return Edit.DATETIME;
        }
        return Edit.NONE;
    }

    /** The boxed form of a primitive type; other types as they are. */
    static Class<?> boxed(Class<?> type) {
        if (type == null || !type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }
}
