package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Column;
import java.util.Locale;

/** A column's header in a table's element: name, label, type, look and format. */
final class ColumnJson {

    private ColumnJson() {}

    /**
     * @param filter the filter its header offers ({@code contains}, {@code range}, {@code values}), or
     *     null for none
     */
    static ObjectNode write(ObjectNode header, TableColumn column, String filter) {
        Column format = column.format();
        header.put("name", column.name()).put("type", column.type());
        if (format.label() != null) {
            header.put("label", format.label());
        }
        if (format.width() > 0) {
            header.put("width", format.width());
        }
        if (format.align() != null) {
            header.put("align", format.align().name().toLowerCase(Locale.ROOT));
        }
        if (format.isPinned()) {
            header.put("pinned", true);
        }
        if (format.kind() != Column.Kind.AUTO || format.decimals() >= 0 || !format.grouping()) {
            header.set("format", format(format));
        }
        if (filter != null) {
            header.put("filter", filter);
        }
        return header;
    }

    /** The column's format, for the browser's cell renderers: only what is set. */
    static ObjectNode format(Column format) {
        ObjectNode json = header().put("kind", format.kind().name().toLowerCase(Locale.ROOT));
        if (format.decimals() >= 0) {
            json.put("decimals", format.decimals());
        }
        if (!format.grouping()) {
            json.put("grouping", false);
        }
        if (format.currency() != null) {
            json.put("currency", format.currency());
        }
        if (format.pattern() != null) {
            json.put("pattern", format.pattern());
        }
        if (format.linkText() != null) {
            json.put("linkText", format.linkText());
        }
        if (!format.options().isEmpty()) {
            var options = json.putArray("options");
            format.options().forEach(options::add);
        }
        if (format.min() != null) {
            json.put("min", format.min());
        }
        if (format.max() != null) {
            json.put("max", format.max());
        }
        if (format.isRequired()) {
            json.put("required", true);
        }
        if (format.isReadOnly()) {
            json.put("readOnly", true);
        }
        if (format.maxLength() > 0) {
            json.put("maxLength", format.maxLength());
        }
        return json;
    }

    private static ObjectNode header() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
