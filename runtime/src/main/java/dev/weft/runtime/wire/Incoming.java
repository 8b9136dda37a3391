package dev.weft.runtime.wire;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses and validates one message from a browser. Everything is checked before anything is
 * acted on: a message either parses into one of the records below or is refused with a {@link
 * ProtocolException} that says why.
 */
public sealed interface Incoming {

    /** The most characters a session id may have. */
    int MAX_SESSION_ID = 64;

    /**
     * The first message of a connection: which app, which session to resume (or null), the session
     * started with the page (or null), claimed when there is none to resume, and the browser's locale
     * and time zone (the server's own for any it did not report or that is not real).
     */
    record Hello(String app, String session, String prestarted, ClientLocale client, String query, String theme)
            implements Incoming {

        /** A hello that reports no locale or zone: the server's own are used. */
        public Hello(String app, String session, String prestarted) {
            this(app, session, prestarted, ClientLocale.server());
        }

        /** A hello that reports no URL and no theme: the session keeps its own. */
        public Hello(String app, String session, String prestarted, ClientLocale client) {
            this(app, session, prestarted, client, null, null);
        }
    }

    /**
     * The browser's URL changed without a new page (back or forward): its query string, without
     * {@code ?}. Its values are checked like a link's when the widgets bound to them are drawn.
     */
    record Url(String query) implements Incoming {}

    /** The page's theme changed (the user switched it, or the system did): {@code light} or {@code dark}. */
    record Theme(String theme) implements Incoming {}

    /** A keep-alive. */
    record Ping() implements Incoming {}

    /** A widget's new value, to be checked against the widget as its fragment last drew it. */
    record Widget(String slot, String id, long gen, JsonNode value) implements Incoming {}

    /**
     * A page of a table, sorted by a column ({@code null}: as drawn), for the slot content of
     * generation {@code gen} (or the newest, if that one is gone).
     */
    record Table(
            String slot,
            String table,
            long gen,
            int page,
            String sort,
            boolean descending,
            String search,
            List<TableFilter> filters,
            long req)
            implements Incoming {

        /** A page of the table sorted, without search or filters. */
        public Table(String slot, String table, long gen, int page, String sort, boolean descending) {
            this(slot, table, gen, page, sort, descending, null, List.of(), 0);
        }
    }

    /**
     * A download of a table's rows as {@code request} selects them (search, filters, sort; its page
     * is ignored), as {@code format}: {@code csv} or {@code xlsx}.
     */
    record TableExport(Table request, String format) implements Incoming {}

    /**
     * An edit of the data editor {@code id} (a widget of {@code slot}) as drawn by run {@code gen}:
     * {@code op} is {@code set} (the cell of row {@code key} in {@code column} to {@code value}), {@code
     * add} (a row, with {@code cells} by column name, or none) or {@code delete} (the rows {@code
     * keys}). {@code req} numbers the edit for the page, which a refusal echoes.
     */
    record TableEdit(
            String slot,
            String id,
            long gen,
            String op,
            JsonNode key,
            String column,
            JsonNode value,
            JsonNode cells,
            List<JsonNode> keys,
            long req)
            implements Incoming {

        /** The most rows one {@code delete} may name. */
        public static final int MAX_KEYS = 1_000;
    }

    /**
     * A form submitted with its submit button {@code submit}: the values of its widgets by id, all to be
     * checked, and applied only if every one is accepted.
     */
    record Form(String slot, String id, long gen, String submit, JsonNode values) implements Incoming {}

    /** The user pressed the stop control of the streamed text {@code id} of run {@code gen} of {@code slot}. */
    record StreamStop(String slot, String id, long gen) implements Incoming {}

    static Incoming parse(ObjectMapper mapper, String text, int maxBytes) throws ProtocolException {
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ProtocolException(
                    ErrorCode.TOO_LARGE, "The message is larger than the limit of " + maxBytes + " bytes.");
        }
        JsonNode node;
        try {
            // One JSON value and nothing after it: {"v":1,...}} is refused, not read as its first part.
            node = mapper.reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
        } catch (JacksonException e) {
            throw new ProtocolException(ErrorCode.BAD_JSON, "The message is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "A message must be a JSON object.");
        }
        JsonNode version = node.get("v");
        if (version == null || !version.isInt() || version.intValue() != Protocol.VERSION) {
            throw new ProtocolException(
                    ErrorCode.BAD_VERSION, "Unsupported protocol version " + version + "; this server speaks v=1.");
        }
        String type = requiredText(node, "type", 32);
        return switch (type) {
            case "hello" ->
                new Hello(
                        requiredText(node, "app", 512),
                        optionalText(node, "session"),
                        optionalText(node, "prestarted"),
                        ClientLocale.read(node, ClientLocale.server()),
                        query(node),
                        theme(node, false));
            case "ping" -> new Ping();
            case "url" -> new Url(query(node) == null ? "" : query(node));
            case "theme" -> new Theme(theme(node, true));
            case "widget" -> widget(node);
            case "table" -> table(node);
            case "table_export" -> tableExport(node);
            case "form" -> form(node);
            case "table_edit" -> tableEdit(node);
            case "stream_stop" ->
                new StreamStop(requiredText(node, "slot", 256), requiredText(node, "id", 64), generation(node));
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "Unknown message type '" + type + "'.");
        };
    }

    /** The {@code query} field: a query string (its leading {@code ?} dropped), or null if absent. */
    private static String query(JsonNode node) throws ProtocolException {
        JsonNode query = node.get("query");
        if (query == null || query.isNull()) {
            return null;
        }
        String text = requiredText(node, "query", QueryString.MAX_LENGTH + 1);
        return text.startsWith("?") ? text.substring(1) : text;
    }

    /** The {@code theme} field: {@code light} or {@code dark}; anything else refused, or null when optional. */
    private static String theme(JsonNode node, boolean required) throws ProtocolException {
        JsonNode theme = node.get("theme");
        if (theme == null
                || theme.isNull()
                || !theme.isTextual()
                || !theme.textValue().matches("light|dark")) {
            if (required) {
                throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'theme' must be light or dark.");
            }
            return null;
        }
        return theme.textValue();
    }

    private static Widget widget(JsonNode node) throws ProtocolException {
        long gen = generation(node);
        JsonNode value = node.get("value");
        if (value == null) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'value' is missing.");
        }
        return new Widget(requiredText(node, "slot", 256), requiredText(node, "id", 1024), gen, value);
    }

    private static TableEdit tableEdit(JsonNode node) throws ProtocolException {
        long gen = generation(node);
        String slot = requiredText(node, "slot", 256);
        String id = requiredText(node, "id", 1024);
        String op = requiredText(node, "op", 16);
        JsonNode req = node.get("req");
        if (req != null && !req.isNull() && (!req.isIntegralNumber() || !req.canConvertToLong())) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'req' must be a whole number.");
        }
        long number = req == null ? 0 : req.longValue();
        return switch (op) {
            case "set" -> {
                JsonNode value = node.get("value");
                if (value == null || !value.isValueNode()) {
                    throw new ProtocolException(
                            ErrorCode.BAD_MESSAGE, "Field 'value' must be a number, text, true, false or null.");
                }
                yield new TableEdit(
                        slot,
                        id,
                        gen,
                        op,
                        key(node.get("key")),
                        requiredText(node, "column", 1024),
                        value,
                        null,
                        List.of(),
                        number);
            }
            case "add" -> {
                JsonNode cells = node.get("cells");
                if (cells != null && !cells.isNull() && !cells.isObject()) {
                    throw new ProtocolException(
                            ErrorCode.BAD_MESSAGE, "Field 'cells' must be an object of column names and values.");
                }
                yield new TableEdit(slot, id, gen, op, null, null, null, cells, List.of(), number);
            }
            case "delete" -> {
                JsonNode keys = node.get("keys");
                if (keys == null || !keys.isArray() || keys.isEmpty() || keys.size() > TableEdit.MAX_KEYS) {
                    throw new ProtocolException(
                            ErrorCode.BAD_MESSAGE,
                            "Field 'keys' must list from 1 to " + TableEdit.MAX_KEYS + " row keys.");
                }
                List<JsonNode> list = new java.util.ArrayList<>(keys.size());
                for (JsonNode key : keys) {
                    list.add(key(key));
                }
                yield new TableEdit(slot, id, gen, op, null, null, null, null, list, number);
            }
            default ->
                throw new ProtocolException(
                        ErrorCode.BAD_MESSAGE, "Field 'op' must be set, add or delete, not '" + op + "'.");
        };
    }

    /** A row key as a page gives it: a number, text (of at most 1,024 characters) or a boolean. */
    private static JsonNode key(JsonNode key) throws ProtocolException {
        if (key == null
                || !(key.isNumber() || key.isTextual() || key.isBoolean())
                || (key.isTextual() && key.textValue().length() > 1024)) {
            throw new ProtocolException(
                    ErrorCode.BAD_MESSAGE,
                    "A row key must be a number, text of at most 1024 characters, or a boolean.");
        }
        return key;
    }

    private static Form form(JsonNode node) throws ProtocolException {
        JsonNode values = node.get("values");
        if (values == null || !values.isObject()) {
            throw new ProtocolException(
                    ErrorCode.BAD_MESSAGE, "Field 'values' must be an object of widget ids and their values.");
        }
        return new Form(
                requiredText(node, "slot", 256),
                requiredText(node, "id", 1024),
                generation(node),
                requiredText(node, "submit", 1024),
                values);
    }

    private static Table table(JsonNode node) throws ProtocolException {
        long gen = generation(node);
        JsonNode page = node.get("page");
        if (page == null || !page.isIntegralNumber() || !page.canConvertToInt() || page.intValue() < 0) {
            throw new ProtocolException(ErrorCode.BAD_PAGE, "Field 'page' must be a whole number >= 0.");
        }
        JsonNode sort = node.get("sort");
        String column = null;
        if (sort != null && !sort.isNull()) {
            column = requiredText(node, "sort", 1024);
        }
        JsonNode desc = node.get("desc");
        if (desc != null && !desc.isNull() && !desc.isBoolean()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'desc' must be true or false.");
        }
        JsonNode req = node.get("req");
        if (req != null && !req.isNull() && (!req.canConvertToLong() || !req.isIntegralNumber())) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field 'req' must be a whole number.");
        }
        return new Table(
                requiredText(node, "slot", 256),
                requiredText(node, "table", 64),
                gen,
                page.intValue(),
                column,
                desc != null && desc.asBoolean(),
                TableFilter.search(node.get("search")),
                TableFilter.parse(node.get("filters")),
                req == null ? 0 : req.longValue());
    }

    private static TableExport tableExport(JsonNode node) throws ProtocolException {
        String format = requiredText(node, "format", 8);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ProtocolException(
                    ErrorCode.BAD_VALUE, "Unknown export format '" + format + "': use csv or xlsx.");
        }
        ObjectNode view = node.deepCopy();
        if (!view.has("page")) {
            view.put("page", 0);
        }
        return new TableExport(table(view), format);
    }

    /**
     * A generation: an integer literal from 0 to {@link Long#MAX_VALUE}, as browsers write whole
     * numbers. A number with a fraction or an exponent is refused, even one that reads as whole
     * ({@code 1E-400} underflows to 0), and the range is checked before the value is read as a
     * {@code long}, which would wrap a larger one (2^64 reads as 0).
     */
    private static long generation(JsonNode node) throws ProtocolException {
        JsonNode gen = node.get("gen");
        if (gen == null
                || !gen.isIntegralNumber()
                || gen.bigIntegerValue().signum() < 0
                || gen.bigIntegerValue().bitLength() > 63) {
            throw new ProtocolException(
                    ErrorCode.BAD_MESSAGE, "Field 'gen' must be a whole number from 0 to " + Long.MAX_VALUE + ".");
        }
        return gen.longValue();
    }

    private static String requiredText(JsonNode node, String field, int maxLength) throws ProtocolException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new ProtocolException(ErrorCode.BAD_MESSAGE, "Field '" + field + "' must be a string.");
        }
        if (value.textValue().length() > maxLength) {
            throw new ProtocolException(
                    ErrorCode.BAD_MESSAGE, "Field '" + field + "' is longer than " + maxLength + " characters.");
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode node, String field) throws ProtocolException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return requiredText(node, field, MAX_SESSION_ID);
    }
}
