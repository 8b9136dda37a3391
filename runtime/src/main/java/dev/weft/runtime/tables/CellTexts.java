package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ClientLocale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * The texts of a page's formatted cells in the user's locale and time zone, sent beside the page's
 * values ({@code texts}, one array per row, null where the browser draws the cell from its value).
 * They are made from the page's JSON, so that any table (in memory, or a query's) gets them, and a
 * page drawn before the browser said which locale it uses can be written again in it.
 */
public final class CellTexts {

    private CellTexts() {}

    /**
     * The texts of these rows of {@code table}'s shown columns, or null if none of them is formatted
     * on the server.
     */
    public static ArrayNode of(TableModel table, JsonNode rows, ClientLocale where) {
        List<TableColumn> shown =
                table.columns().stream().filter(column -> !column.hidden()).toList();
        CellFormat[] formats = new CellFormat[shown.size()];
        boolean any = false;
        for (int c = 0; c < formats.length; c++) {
            formats[c] = CellFormat.of(shown.get(c).format(), where);
            any |= formats[c] != null;
        }
        if (!any || rows == null || !rows.isArray()) {
            return null;
        }
        ArrayNode texts = JsonNodeFactory.instance.arrayNode();
        for (JsonNode row : rows) {
            ArrayNode line = texts.addArray();
            for (int c = 0; c < formats.length; c++) {
                String text = formats[c] == null
                        ? null
                        : formats[c].text(cell(row.get(c), shown.get(c).type()));
                if (text == null) {
                    line.addNull();
                } else {
                    line.add(text);
                }
            }
        }
        return texts;
    }

    /** Puts the texts of a table element's or page's {@code rows} into it as {@code texts} (or removes them). */
    public static void put(ObjectNode pageOrElement, TableModel table, ClientLocale where) {
        ArrayNode texts = of(table, pageOrElement.get("rows"), where);
        if (texts == null) {
            pageOrElement.remove("texts");
        } else {
            pageOrElement.set("texts", texts);
        }
    }

    /**
     * Writes again the texts of every table element in a slot's content (its elements, nested in
     * layouts), for a user in {@code where}.
     *
     * @param tables the table a slot's run kept under an element's id, or null
     */
    public static void rewrite(JsonNode content, Function<String, TableModel> tables, ClientLocale where) {
        if (content instanceof ObjectNode object
                && "table".equals(object.path("t").asText())
                && object.path("id").isTextual()) {
            TableModel table = tables.apply(object.path("id").textValue());
            if (table != null) {
                put(object, table, where);
            }
            return;
        }
        if (content != null && content.isContainerNode()) {
            for (JsonNode child : content) {
                rewrite(child, tables, where);
            }
        }
    }

    /** A cell of a page back as {@link Cells#cell} made it, read by its column's type; null if it is not one. */
    static Object cell(JsonNode json, String type) {
        if (json == null || json.isNull()) {
            return null;
        }
        if (json.isNumber()) {
            return json.isIntegralNumber() ? json.bigIntegerValue() : json.decimalValue();
        }
        if (!json.isTextual()) {
            return null;
        }
        String text = json.textValue();
        try {
            return switch (type) {
                case "date" -> LocalDate.parse(text);
                case "time" -> LocalTime.parse(text);
                case "datetime" -> dateTime(text);
                default -> text;
            };
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static Object dateTime(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text); // an instant ends in Z, an offset date-time in its offset
        }
    }
}
