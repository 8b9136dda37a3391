package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.Column;
import dev.weft.runtime.tables.TableColumn;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a browser shows for a cell of a table page (elements/cells.js): the server's text for a
 * formatted cell, else the value as the cell's renderer writes it. Drawings (images, sparklines, a
 * progress bar's bar) have no text; a check mark is "✓"; tags are joined with ", "; an empty cell is
 * "—".
 */
final class ShownCells {

    private ShownCells() {}

    /** Each row's shown texts, from a page's {@code rows} and {@code texts} for its shown columns. */
    static List<List<String>> of(List<TableColumn> shown, JsonNode rows, JsonNode texts) {
        List<List<String>> page = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>(shown.size());
            for (int c = 0; c < shown.size(); c++) {
                JsonNode text = texts == null ? null : texts.path(r).get(c);
                line.add(
                        text != null && text.isTextual()
                                ? text.textValue()
                                : text(rows.path(r).get(c), shown.get(c).format()));
            }
            page.add(line);
        }
        return page;
    }

    private static String text(JsonNode value, Column format) {
        if (value == null || value.isNull()) {
            return format.kind() == Column.Kind.CHECK ? "" : "—";
        }
        return switch (format.kind()) {
            case CHECK -> value.asBoolean() ? "✓" : "";
            case LINK -> format.linkText() != null ? format.linkText() : value.asText();
            case IMAGE, LINE_SPARK, BAR_SPARK -> "";
            default -> plain(value);
        };
    }

    /** A value as a plain cell shows it: numbers to 12 significant digits, lists joined. */
    private static String plain(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.isNull() ? "—" : plain(item)));
            return String.join(", ", parts);
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isNumber()) {
            BigDecimal rounded = value.decimalValue().round(new MathContext(12)).stripTrailingZeros();
            return rounded.toPlainString();
        }
        return value.asText();
    }
}
