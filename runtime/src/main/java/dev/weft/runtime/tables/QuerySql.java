package dev.weft.runtime.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SQL a {@link QueryTable} runs for a view of its query: the app's query as a subquery, with a
 * {@code WHERE} for the search and filters, an {@code ORDER BY} for the sort, and {@code LIMIT} and
 * {@code OFFSET} for a page.
 *
 * <p>Nothing a browser sends becomes SQL text: columns reach the SQL only as the query's own result
 * names them ({@link QueryColumn#quoted}), picked by their index in {@link TableCriteria} (which
 * {@link TableCriteria#check} found by name among them), and every value (search text, filter bounds
 * and choices, keys, page bounds) is a bound parameter. Search and contains filters compare lower-case
 * text with {@code LIKE}, escaping {@code %} and {@code _} with {@code !}.
 *
 * <p>Sorting puts empty cells last in either direction, as the in-memory tables do, and text in
 * lower case first; ties are broken by the key column, or else by every other column, so that pages
 * of one sort never overlap or skip rows whatever order the database returns equal rows in.
 */
final class QuerySql {

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {}

    /** A value that matches no cell of its column: a choice or key of the wrong type. */
    private static final Object NO_MATCH = new Object();

    private final String from;
    private final List<Object> queryParameters;
    private final List<QueryColumn> columns;
    private final int keyColumn;

    /**
     * @param sql the app's query, a trailing semicolon allowed
     * @param parameters its parameters
     * @param keyColumn the index of the key column, or -1
     */
    QuerySql(String sql, List<Object> parameters, List<QueryColumn> columns, int keyColumn) {
        this.from = "FROM (" + strip(sql) + ") weft_q";
        this.queryParameters = List.copyOf(parameters);
        this.columns = List.copyOf(columns);
        this.keyColumn = keyColumn;
    }

    /** The app's query with any trailing semicolons and blanks removed, so that it nests. */
    static String strip(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    /** No rows, for the result's columns. */
    Statement columnsOnly() {
        return new Statement("SELECT * " + from + " LIMIT 0", queryParameters);
    }

    /** How many rows the search and filters of {@code criteria} match. */
    Statement count(TableCriteria criteria) {
        List<Object> parameters = new ArrayList<>(queryParameters);
        return new Statement("SELECT COUNT(*) " + from + where(criteria, parameters), parameters);
    }

    /** The rows of one page of a view: {@code limit} rows from {@code offset}. */
    Statement page(TableCriteria criteria, long offset, int limit) {
        List<Object> parameters = new ArrayList<>(queryParameters);
        String sql = "SELECT * " + from + where(criteria, parameters) + orderBy(criteria) + " LIMIT ? OFFSET ?";
        parameters.add(limit);
        parameters.add(offset);
        return new Statement(sql, parameters);
    }

    /** Every row of a view, in its order. */
    Statement all(TableCriteria criteria) {
        List<Object> parameters = new ArrayList<>(queryParameters);
        return new Statement("SELECT * " + from + where(criteria, parameters) + orderBy(criteria), parameters);
    }

    /** Up to {@code limit} distinct cells of a column, for its filter's choices. */
    Statement distinct(int column, int limit) {
        List<Object> parameters = new ArrayList<>(queryParameters);
        parameters.add(limit);
        return new Statement("SELECT DISTINCT " + columns.get(column).quoted() + " " + from + " LIMIT ?", parameters);
    }

    /**
     * The rows whose key is one of {@code keys} ({@link Keys#normal} forms), in the query's order; null
     * if none of them can be a key of the key column's type.
     */
    Statement keys(Collection<?> keys) {
        QueryColumn key = columns.get(keyColumn);
        List<Object> values = new ArrayList<>();
        for (Object wanted : keys) {
            Object value = wanted == null ? NO_MATCH : bindable(key, wanted);
            if (value != NO_MATCH) {
                values.add(value);
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        List<Object> parameters = new ArrayList<>(queryParameters);
        parameters.addAll(values);
        return new Statement(
                "SELECT * " + from + " WHERE " + key.compared() + " IN (" + marks(values.size()) + ")", parameters);
    }

    private String where(TableCriteria criteria, List<Object> parameters) {
        List<String> terms = new ArrayList<>();
        if (criteria.search() != null) {
            String pattern = pattern(criteria.search());
            List<String> any = new ArrayList<>();
            for (QueryColumn column : columns) {
                if (column.searchable()) {
                    any.add(column.lowered() + " LIKE ? ESCAPE '!'");
                    parameters.add(pattern);
                }
            }
            terms.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")");
        }
        for (TableCriteria.Match match : criteria.filters()) {
            terms.add(term(match, columns.get(match.column()), parameters));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static String term(TableCriteria.Match match, QueryColumn column, List<Object> parameters) {
        return switch (match) {
            case TableCriteria.Contains contains -> {
                parameters.add(pattern(contains.text()));
                yield column.lowered() + " LIKE ? ESCAPE '!'";
            }
            case TableCriteria.Range range -> {
                List<String> bounds = new ArrayList<>(2);
                if (range.min() != null) {
                    bounds.add(column.quoted() + " >= ?");
                    parameters.add(bound(column, range.min()));
                }
                if (range.max() != null) {
                    bounds.add(column.quoted() + " <= ?");
                    parameters.add(bound(column, range.max()));
                }
                yield "(" + String.join(" AND ", bounds) + ")";
            }
            case TableCriteria.OneOf oneOf -> {
                List<String> any = new ArrayList<>(2);
                List<Object> values = new ArrayList<>();
                for (Object value : oneOf.values()) {
                    if (value == null) {
                        any.add(column.quoted() + " IS NULL");
                    } else {
                        Object bindable = bindable(column, value);
                        if (bindable != NO_MATCH) {
                            values.add(bindable);
                        }
                    }
                }
                if (!values.isEmpty()) {
                    any.addFirst(column.compared() + " IN (" + marks(values.size()) + ")");
                    parameters.addAll(values);
                }
                yield any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
            }
        };
    }

    private String orderBy(TableCriteria criteria) {
        if (criteria.sortBy() < 0) {
            return "";
        }
        String direction = criteria.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
        QueryColumn sorted = columns.get(criteria.sortBy());
        List<String> keys = new ArrayList<>();
        if (sorted.type().equals("text") && sorted.orderable()) {
            keys.add(sorted.lowered() + direction);
        }
        keys.add(sorted.quoted() + direction);
        if (keyColumn >= 0 && keyColumn != criteria.sortBy()) {
            keys.add(columns.get(keyColumn).quoted());
        } else if (keyColumn < 0) {
            for (int c = 0; c < columns.size(); c++) {
                if (c != criteria.sortBy() && columns.get(c).orderable()) {
                    keys.add(columns.get(c).quoted() + " NULLS LAST");
                }
            }
        }
        return " ORDER BY " + String.join(", ", keys);
    }

    /** A contains pattern: the text anywhere, its {@code %}, {@code _} and {@code !} escaped with {@code !}. */
    static String pattern(String lower) {
        StringBuilder pattern = new StringBuilder(lower.length() + 2).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** A range's bound as the column compares it: instants at UTC for a timestamp with a time zone. */
    private static Object bound(QueryColumn column, Comparable<?> bound) {
        if (column.zoned() && bound instanceof LocalDateTime time) {
            return time.atOffset(ZoneOffset.UTC);
        }
        return bound;
    }

    /**
     * A choice or key ({@link Keys#normal} form) as a parameter of the column's type, or {@link
     * #NO_MATCH} when no cell of the column can equal it (as in an in-memory table, where a text cell
     * never equals a number).
     */
    private static Object bindable(QueryColumn column, Object value) {
        try {
            return switch (column.type()) {
                case "number" -> value instanceof Long || value instanceof BigDecimal ? value : NO_MATCH;
                case "boolean" -> value instanceof Boolean ? value : NO_MATCH;
                case "date" -> value instanceof String s ? LocalDate.parse(s) : NO_MATCH;
                case "time" -> value instanceof String s ? LocalTime.parse(s) : NO_MATCH;
                case "datetime" ->
                    value instanceof String s
                            ? column.zoned() ? OffsetDateTime.parse(s) : LocalDateTime.parse(s)
                            : NO_MATCH;
                case "text" -> value instanceof String ? value : NO_MATCH;
                default -> NO_MATCH;
            };
        } catch (DateTimeParseException e) {
            return NO_MATCH;
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
