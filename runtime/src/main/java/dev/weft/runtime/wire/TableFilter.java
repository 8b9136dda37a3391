package dev.weft.runtime.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One column filter of a {@code table} request, as the browser sent it: its shape checked here, its
 * column and values checked against the table by the table itself.
 *
 * @param column the column's name
 * @param kind what the filter keeps
 * @param text for {@link Kind#CONTAINS}: the text a cell must contain, ignoring case
 * @param min for {@link Kind#RANGE}: the least value (a number, or an ISO date or date-time), or
 *     null for none
 * @param max for {@link Kind#RANGE}: the greatest value, or null for none
 * @param values for {@link Kind#VALUES}: the values a cell may be (strings, numbers, booleans, nulls)
 */
public record TableFilter(String column, Kind kind, String text, Object min, Object max, List<Object> values) {

    /** What a filter keeps. */
    public enum Kind {
        /** Cells whose text contains the filter's text, ignoring case. */
        CONTAINS,
        /** Cells from min to max, both included. */
        RANGE,
        /** Cells equal to one of the filter's values. */
        VALUES
    }

    /** The most filters one request may carry. */
    public static final int MAX_FILTERS = 64;

    /** The most characters of a search or a filter's text. */
    public static final int MAX_TEXT = 200;

    /** The most values of one {@link Kind#VALUES} filter. */
    public static final int MAX_VALUES = 200;

    /** The filters of a request's {@code filters} field (absent or null: none). */
    static List<TableFilter> parse(JsonNode filters) throws ProtocolException {
        if (filters == null || filters.isNull()) {
            return List.of();
        }
        if (!filters.isArray() || filters.size() > MAX_FILTERS) {
            throw bad("Field 'filters' must be an array of at most " + MAX_FILTERS + " filters.");
        }
        List<TableFilter> parsed = new ArrayList<>(filters.size());
        for (JsonNode filter : filters) {
            parsed.add(parseOne(filter));
        }
        return List.copyOf(parsed);
    }

    private static TableFilter parseOne(JsonNode filter) throws ProtocolException {
        if (!filter.isObject()) {
            throw bad("A filter must be an object with 'column' and 'op'.");
        }
        String column = text(filter.get("column"), "column", 1024);
        String op = text(filter.get("op"), "op", 16);
        return switch (op) {
            case "contains" ->
                new TableFilter(
                        column, Kind.CONTAINS, text(filter.get("text"), "text", MAX_TEXT), null, null, List.of());
            case "range" -> {
                Object min = scalar(filter.get("min"), "min");
                Object max = scalar(filter.get("max"), "max");
                if (min instanceof Boolean || max instanceof Boolean) {
                    throw bad("A range filter's 'min' and 'max' are numbers, ISO dates or null.");
                }
                yield new TableFilter(column, Kind.RANGE, null, min, max, List.of());
            }
            case "values" -> {
                JsonNode values = filter.get("values");
                if (values == null || !values.isArray() || values.size() > MAX_VALUES) {
                    throw bad("A values filter's 'values' must be an array of at most " + MAX_VALUES + " values.");
                }
                List<Object> list = new ArrayList<>(values.size());
                for (JsonNode value : values) {
                    list.add(scalar(value, "values"));
                }
                yield new TableFilter(column, Kind.VALUES, null, null, null, Collections.unmodifiableList(list));
            }
            default -> throw bad("Unknown filter op '" + op + "': use contains, range or values.");
        };
    }

    /** A search's text: absent or null for none. */
    static String search(JsonNode search) throws ProtocolException {
        return search == null || search.isNull() ? null : text(search, "search", MAX_TEXT);
    }

    private static String text(JsonNode node, String field, int maxLength) throws ProtocolException {
        if (node == null || !node.isTextual()) {
            throw bad("Field '" + field + "' must be a string.");
        }
        if (node.textValue().length() > maxLength) {
            throw new ProtocolException(
                    ErrorCode.BAD_VALUE, "Field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return node.textValue();
    }

    /** A string (at most {@link #MAX_TEXT} characters), a number, a boolean, or null. */
    private static Object scalar(JsonNode node, String field) throws ProtocolException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return text(node, field, MAX_TEXT);
        }
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                throw new ProtocolException(ErrorCode.BAD_VALUE, "Field '" + field + "' is not a finite number.");
            }
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw bad("Field '" + field + "' holds strings, numbers, booleans or null.");
    }

    private static ProtocolException bad(String message) {
        return new ProtocolException(ErrorCode.BAD_MESSAGE, message);
    }
}
