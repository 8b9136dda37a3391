package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Column;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Turns what a browser sends for one cell of a data editor into the value of the cell's Java type,
 * or refuses it with a message for the user: the wrong type, out of the column's {@code min}/{@code
 * max}, empty where the column is required, longer than its {@code maxLength}, not one of its
 * options. A value arrives as JSON: a number, a boolean, text, or null (empty); text is read as the
 * column's type (a number typed in a text box, an ISO date).
 */
final class CellParser {

    /** The most characters a text cell accepts when its column sets no {@code maxLength}. */
    static final int MAX_TEXT = 10_000;

    private CellParser() {}

    /**
     * The cell's new value, of {@code column}'s type; null for an empty cell.
     *
     * @throws ProtocolException {@code BAD_VALUE} with the reason, naming the column
     */
    static Object parse(EditColumn column, JsonNode value) throws ProtocolException {
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.textValue().isBlank())) {
            return empty(column, value);
        }
        if (!value.isValueNode()) {
            throw refused(column, "takes one value, not a list or an object.");
        }
        return switch (column.edit()) {
            case NONE -> throw refused(column, "cannot be edited.");
            case TEXT -> text(column, value);
            case INT -> whole(column, value);
            case NUMBER -> number(column, value);
            case BOOL -> bool(column, value);
            case DATE -> temporal(column, value, "a date such as 2024-05-31", LocalDate::parse);
            case TIME -> temporal(column, value, "a time such as 14:30", LocalTime::parse);
            case DATETIME -> temporal(column, value, "a date and time such as 2024-05-31T14:30", LocalDateTime::parse);
            case CHOICE -> choice(column, value);
        };
    }

    /** An empty cell: refused where the column is required or its type cannot be empty. */
    private static Object empty(EditColumn column, JsonNode value) throws ProtocolException {
        if (column.format().isRequired()) {
            throw refused(column, "is required: it cannot be left empty.");
        }
        if (column.primitive()) {
            throw refused(column, "cannot be left empty: give " + wanted(column) + ".");
        }
        if (column.edit() == EditColumn.Edit.TEXT && value != null && value.isTextual()) {
            return text(column, value);
        }
        return null;
    }

    private static String text(EditColumn column, JsonNode value) throws ProtocolException {
        String text = value.isTextual() ? value.textValue() : value.asText();
        int max = column.format().maxLength() > 0 ? column.format().maxLength() : MAX_TEXT;
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw refused(column, "takes at most " + max + " characters; this has " + length + ".");
        }
        return text;
    }

    private static Object whole(EditColumn column, JsonNode value) throws ProtocolException {
        BigDecimal number = decimal(column, value);
        BigInteger whole;
        try {
            whole = number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw refused(column, "takes whole numbers; " + number.toPlainString() + " is not one.");
        }
        range(column, number);
        Class<?> type = column.type();
        long low = type == Integer.class
                ? Integer.MIN_VALUE
                : type == Short.class ? Short.MIN_VALUE : type == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
        long high = type == Integer.class
                ? Integer.MAX_VALUE
                : type == Short.class ? Short.MAX_VALUE : type == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
        if (type != BigInteger.class
                && (whole.compareTo(BigInteger.valueOf(low)) < 0 || whole.compareTo(BigInteger.valueOf(high)) > 0)) {
            throw refused(column, "takes whole numbers from " + low + " to " + high + ".");
        }
        if (type == Integer.class) {
            return whole.intValue();
        } else if (type == Short.class) {
            return whole.shortValue();
        } else if (type == Byte.class) {
            return whole.byteValue();
        } else if (type == BigInteger.class) {
            return whole;
        }
        return whole.longValue();
    }

    private static Object number(EditColumn column, JsonNode value) throws ProtocolException {
        BigDecimal number = decimal(column, value);
        range(column, number);
        if (column.type() == BigDecimal.class) {
            return number;
        }
        double d = number.doubleValue();
        if (Double.isInfinite(d) || (column.type() == Float.class && Float.isInfinite((float) d))) {
            throw refused(column, "takes numbers of a usual size; " + number.toPlainString() + " is too large.");
        }
        return column.type() == Float.class ? (Object) (float) d : (Object) d;
    }

    private static BigDecimal decimal(EditColumn column, JsonNode value) throws ProtocolException {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            String text = value.textValue().trim();
            if (text.length() <= 64 && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
                return new BigDecimal(text);
            }
        }
        throw refused(column, "takes " + wanted(column) + ", not '" + shortText(value) + "'.");
    }

    private static void range(EditColumn column, BigDecimal number) throws ProtocolException {
        Column format = column.format();
        if (format.min() != null && number.compareTo(BigDecimal.valueOf(format.min())) < 0) {
            throw refused(column, "must be at least " + plain(format.min()) + ".");
        }
        if (format.max() != null && number.compareTo(BigDecimal.valueOf(format.max())) > 0) {
            throw refused(column, "must be at most " + plain(format.max()) + ".");
        }
    }

    private static Boolean bool(EditColumn column, JsonNode value) throws ProtocolException {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()
                && (value.textValue().equals("true") || value.textValue().equals("false"))) {
            return Boolean.valueOf(value.textValue());
        }
        throw refused(column, "takes true or false, not '" + shortText(value) + "'.");
    }

    private interface Parse {
        Object parse(String text);
    }

    private static Object temporal(EditColumn column, JsonNode value, String wanted, Parse parse)
            throws ProtocolException {
        if (value.isTextual() && value.textValue().length() <= 40) {
            try {
                return parse.parse(value.textValue().trim());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw refused(column, "takes " + wanted + ", not '" + shortText(value) + "'.");
    }

    private static Object choice(EditColumn column, JsonNode value) throws ProtocolException {
        String text = value.asText();
        if (!column.options().contains(text)) {
            throw refused(column, "takes one of " + column.options() + ", not '" + shortText(value) + "'.");
        }
        if (column.type() != null && column.type().isEnum()) {
            for (Object constant : column.type().getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
        }
        return text;
    }

    private static String wanted(EditColumn column) {
        return switch (column.edit()) {
            case INT -> "a whole number";
            case NUMBER -> "a number";
            case BOOL -> "true or false";
            default -> "a value";
        };
    }

    private static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static String shortText(JsonNode value) {
        String text = value.asText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A refusal of a value for {@code column}: its label, then the reason. */
    static ProtocolException refused(EditColumn column, String reason) {
        return new ProtocolException(ErrorCode.BAD_VALUE, "'" + column.label() + "' " + reason);
    }
}
