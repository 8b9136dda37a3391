package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * A table's cells as the server keeps them, and their JSON. A cell is null, a number, a boolean, a
 * date or time ({@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}, {@code Instant},
 * {@code OffsetDateTime}), a list of cells (for sparklines and tags), or text.
 */
public final class Cells {

    private Cells() {}

    /** A value as a table keeps it: see the class comment. */
    public static Object cell(Object value) {
        return switch (value) {
            case null -> null;
            case Double d when d.isNaN() || d.isInfinite() -> null;
            case Float f when f.isNaN() || f.isInfinite() -> null;
            case Number n -> n;
            case Boolean b -> b;
            case String s -> s;
            case Enum<?> e -> e.name();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Time t -> t.toLocalTime();
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case Date d -> d.toInstant();
            case ZonedDateTime z -> z.toOffsetDateTime();
            case LocalDate d -> d;
            case LocalTime t -> t;
            case LocalDateTime t -> t;
            case Instant i -> i;
            case OffsetDateTime o -> o;
            case Collection<?> c -> list(c);
            case double[] a -> list(java.util.Arrays.stream(a).boxed().toList());
            case int[] a -> list(java.util.Arrays.stream(a).boxed().toList());
            case long[] a -> list(java.util.Arrays.stream(a).boxed().toList());
            case Object[] a -> list(java.util.Arrays.asList(a));
            default -> String.valueOf(value);
        };
    }

    private static List<Object> list(Collection<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        return java.util.Collections.unmodifiableList(cells);
    }

    /**
     * The type of a column of these cells: {@code number}, {@code boolean}, {@code date}, {@code
     * time}, {@code datetime} (all local date-times, or all instants and offset date-times), {@code
     * list}, or {@code text} (text, or cells of mixed types). A column with no cells is text.
     */
    public static String type(Object[] cells) {
        String type = null;
        for (Object cell : cells) {
            if (cell == null) {
                continue;
            }
            String own = typeOf(cell);
            if (type == null) {
                type = own;
            } else if (!type.equals(own)) {
                return "text";
            }
        }
        return type == null ? "text" : type.equals("instant") || type.equals("local") ? "datetime" : type;
    }

    private static String typeOf(Object cell) {
        return switch (cell) {
            case Number n -> "number";
            case Boolean b -> "boolean";
            case LocalDate d -> "date";
            case LocalTime t -> "time";
            case LocalDateTime t -> "local";
            case Instant i -> "instant";
            case OffsetDateTime o -> "instant";
            case List<?> l -> "list";
            default -> "text";
        };
    }

    /** The text a search and a contains filter look in, and export writes: ISO for dates and times. */
    public static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case String s -> s;
            case BigDecimal d -> d.toPlainString();
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> Long.toString(d.longValue());
            case Temporal t -> t.toString();
            default -> String.valueOf(cell);
        };
    }

    /** An instant-like cell as an instant, for comparing instants and offset date-times. */
    static Instant instant(Object cell) {
        return cell instanceof OffsetDateTime o ? o.toInstant() : (Instant) cell;
    }

    /** A local date-time as the instant it names in UTC, for ranges over instant columns. */
    static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    /** Adds a cell to a page's row: numbers and booleans as such, dates and times in ISO, lists as arrays. */
    public static void write(ArrayNode cells, Object cell) {
        switch (cell) {
            case null -> cells.addNull();
            case Integer i -> cells.add(i);
            case Long l -> cells.add(l);
            case Short s -> cells.add(s.intValue());
            case Byte b -> cells.add(b.intValue());
            case BigDecimal d -> cells.add(d);
            case BigInteger i -> cells.add(i);
            case Number n -> cells.add(n.doubleValue());
            case Boolean b -> cells.add(b);
            case List<?> list -> {
                ArrayNode inner = cells.addArray();
                for (Object value : list) {
                    write(inner, value);
                }
            }
            default -> cells.add(text(cell));
        }
    }
}
