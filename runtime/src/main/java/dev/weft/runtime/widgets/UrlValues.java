package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A widget's value as a URL's query parameter, and back: the value is written as the text of the
 * value a browser sends for the widget (a list or a range as the parameter repeated, an empty list as
 * one empty value), and read back into what a browser would send, then checked by the widget's own
 * {@link WidgetSpec#accept}, exactly as a value from the browser is. A choice over options (whose
 * browser sends positions) is written with its options' labels, so that a link reads {@code
 * ?region=Americas}, not a position, and stays right when options are added.
 */
public final class UrlValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?([eE][-+]?\\d{1,4})?");

    private UrlValues() {}

    /** Whether a widget of this kind can be bound to a query parameter: not buttons, uploads, tables, charts. */
    public static boolean bindable(WidgetSpec spec) {
        return !(spec instanceof ButtonWidgets.Button
                || spec instanceof FormWidgets.SubmitButton
                || spec instanceof UploadWidgets.FileUploader
                || spec instanceof ChartWidgets.ChartInput
                || spec instanceof TableWidgets.Selecting
                || spec instanceof EditorWidgets.DataEditor);
    }

    /** The parameter's values showing {@code value}; none while it is the widget's default. */
    public static List<String> toUrl(WidgetSpec spec, Object value) {
        if (value == null || Objects.equals(value, spec.initial())) {
            return List.of();
        }
        JsonNode wire = spec.toJson(value).get("value");
        if (wire == null || wire.isNull()) {
            return List.of();
        }
        if (wire.isArray()) {
            if (wire.isEmpty()) {
                return List.of("");
            }
            List<String> values = new ArrayList<>(wire.size());
            wire.forEach(item -> values.add(text(spec, item)));
            return values;
        }
        return List.of(text(spec, wire));
    }

    /** One item of a value on the wire as URL text: a choice's label, else the item's own text. */
    private static String text(WidgetSpec spec, JsonNode item) {
        if (spec instanceof ChoiceWidgets.OverOptions choice && item.canConvertToInt()) {
            int position = item.intValue();
            if (position >= 0 && position < choice.options().size()) {
                return choice.options().labelAt(position);
            }
        }
        return item.asText();
    }

    /** URL text as an item of the wire value: a choice's label as its option's position. */
    private static JsonNode item(WidgetSpec spec, String text, JsonNode template) throws ProtocolException {
        if (spec instanceof ChoiceWidgets.OverOptions choice) {
            int position = choice.options().positionOfLabel(text);
            if (position < 0) {
                throw new ProtocolException(
                        ErrorCode.BAD_VALUE,
                        "'" + spec.label() + "' has no option '"
                                + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'.");
            }
            return JSON.numberNode(position);
        }
        return read(text, template);
    }

    /**
     * The widget's value that the parameter's {@code values} give, checked as a browser's value is.
     *
     * @throws ProtocolException {@code bad_value} (or {@code disabled}) if the widget would refuse it
     */
    public static Object fromUrl(WidgetSpec spec, List<String> values) throws ProtocolException {
        if (spec.disabled()) {
            throw new ProtocolException(ErrorCode.DISABLED, "'" + spec.label() + "' is disabled.");
        }
        JsonNode template = spec.toJson(spec.initial()).get("value");
        JsonNode wire;
        if (template != null && template.isArray()) {
            ArrayNode items = JSON.arrayNode();
            JsonNode itemTemplate = template.isEmpty() ? JSON.textNode("") : template.get(0);
            if (!(values.size() == 1 && values.get(0).isEmpty())) {
                for (String value : values) {
                    items.add(item(spec, value, itemTemplate));
                }
            }
            wire = items;
        } else {
            wire = item(spec, values.get(values.size() - 1), template);
        }
        return spec.accept(wire);
    }

    /** The text as the JSON type the widget's own value has: a number, a boolean, or text. */
    private static JsonNode read(String text, JsonNode template) {
        if (template != null && template.isNumber() && NUMBER.matcher(text).matches()) {
            return text.contains(".") || text.contains("e") || text.contains("E")
                    ? JSON.numberNode(new BigDecimal(text))
                    : JSON.numberNode(new BigInteger(text));
        }
        if (template != null && template.isBoolean() && (text.equals("true") || text.equals("false"))) {
            return JSON.booleanNode(Boolean.parseBoolean(text));
        }
        return JSON.textNode(text);
    }
}
