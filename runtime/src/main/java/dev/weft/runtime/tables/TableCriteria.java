package dev.weft.runtime.tables;

import dev.weft.runtime.wire.ClientLocale;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.runtime.wire.TableFilter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which rows of a table a view shows and in what order: a search, column filters and a sort, checked
 * against the table's columns. Records compare by value, so a table caches the rows of the last view.
 *
 * @param search the search text in lower case, or null for none
 * @param filters the filters, all of which a row must pass
 * @param sortBy the column to sort by, or -1 for the rows' own order
 * @param descending whether the sort is descending
 * @param where the user's locale and time zone: a search matches a formatted cell's text as shown in
 *     them, besides its value
 */
public record TableCriteria(String search, List<Match> filters, int sortBy, boolean descending, ClientLocale where) {

    /** Every row, in its own order. */
    public static final TableCriteria NONE = new TableCriteria(null, List.of(), -1, false);

    public TableCriteria {
        filters = List.copyOf(filters);
        java.util.Objects.requireNonNull(where, "where");
    }

    /** A view searched in the server's own locale and time zone. */
    public TableCriteria(String search, List<Match> filters, int sortBy, boolean descending) {
        this(search, filters, sortBy, descending, ClientLocale.server());
    }

    /** Whether this view is every row in its own order. */
    public boolean isNone() {
        return search == null && filters.isEmpty() && sortBy < 0;
    }

    /** This view without its sort: the rows it matches. */
    public TableCriteria unsorted() {
        return new TableCriteria(search, filters, -1, false, where);
    }

    /** One checked filter on column {@code column}. */
    public sealed interface Match {
        int column();
    }

    /** Cells whose text contains {@code text} (lower case), ignoring case. */
    public record Contains(int column, String text) implements Match {}

    /**
     * Cells from {@code min} to {@code max}, both included (null: open): {@code BigDecimal}s for numbers,
     * {@code LocalDate}s, {@code LocalTime}s, or {@code LocalDateTime}s (instants compare in UTC).
     */
    public record Range(int column, Comparable<?> min, Comparable<?> max) implements Match {}

    /** Cells equal to one of {@code values} ({@link Keys#normal} forms; null for empty cells). */
    public record OneOf(int column, Set<Object> values) implements Match {}

    /**
     * Checks a request's search, filters and sort against the table: an unknown column, a value that
     * is not of its column's type, or a range on a column of text is refused, and nothing changes.
     */
    public static TableCriteria check(TableModel table, Incoming.Table request) throws ProtocolException {
        return check(table, request, ClientLocale.server());
    }

    /** Checks a request as {@link #check(TableModel, Incoming.Table)} does, for a user in {@code where}. */
    public static TableCriteria check(TableModel table, Incoming.Table request, ClientLocale where)
            throws ProtocolException {
        int sortBy = -1;
        if (request.sort() != null) {
            sortBy = column(table, request, request.sort());
        }
        String search = request.search() == null || request.search().isBlank()
                ? null
                : request.search().strip().toLowerCase(Locale.ROOT);
        List<Match> filters = new ArrayList<>(request.filters().size());
        for (TableFilter filter : request.filters()) {
            int column = column(table, request, filter.column());
            TableColumn spec = table.columns().get(column);
            switch (filter.kind()) {
                case CONTAINS -> {
                    if (!filter.text().isEmpty()) {
                        filters.add(new Contains(column, filter.text().toLowerCase(Locale.ROOT)));
                    }
                }
                case RANGE -> {
                    if (!spec.ranged()) {
                        throw new ProtocolException(
                                ErrorCode.BAD_VALUE,
                                "Column '" + spec.name() + "' holds " + spec.type()
                                        + ": a range filter takes a column of numbers, dates or times.");
                    }
                    Comparable<?> min = bound(spec, filter.min(), false);
                    Comparable<?> max = bound(spec, filter.max(), true);
                    if (min != null || max != null) {
                        filters.add(new Range(column, min, max));
                    }
                }
                case VALUES -> {
                    Set<Object> values = new HashSet<>();
                    for (Object value : filter.values()) {
                        values.add(Keys.normal(value));
                    }
                    filters.add(new OneOf(column, values));
                }
            }
        }
        return new TableCriteria(search, filters, sortBy, sortBy >= 0 && request.descending(), where);
    }

    private static int column(TableModel table, Incoming.Table request, String name) throws ProtocolException {
        int index = table.column(name);
        if (index < 0) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_COLUMN,
                    "Table '" + request.table() + "' has no column '" + name + "'; it has " + table.names() + ".");
        }
        return index;
    }

    /** A range's bound in its column's type; for date-times, a date alone means its start, or its end as a max. */
    private static Comparable<?> bound(TableColumn column, Object value, boolean max) throws ProtocolException {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        String text = value instanceof BigDecimal d
                ? d.toPlainString()
                : String.valueOf(value).strip();
        try {
            return switch (column.type()) {
                case "number" -> value instanceof BigDecimal d ? d : new BigDecimal(text);
                case "date" -> LocalDate.parse(text);
                case "time" -> LocalTime.parse(text);
                default -> dateTime(text, max);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ProtocolException(
                    ErrorCode.BAD_VALUE,
                    "'" + abbreviate(text) + "' is not a "
                            + ("number".equals(column.type()) ? "number" : "ISO " + column.type()) + " for column '"
                            + column.name() + "'.");
        }
    }

    private static LocalDateTime dateTime(String text, boolean max) {
        if (text.length() <= 10) {
            LocalDate date = LocalDate.parse(text);
            return max ? LocalDateTime.of(date, LocalTime.MAX) : date.atStartOfDay();
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text)
                    .atZoneSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
