package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.weft.Component;
import dev.weft.runtime.wire.ProtocolException;
import java.nio.charset.StandardCharsets;

/**
 * Components of the app's own ({@link Component}): an ES module the app serves, or a Streamlit
 * component's frontend in an iframe. Their client sides are {@code widgets/components.js} and {@code
 * widgets/streamlit.js}. A value from the browser is read with Jackson into the component's declared
 * type, strictly: unknown fields, missing record components, coerced scalars and values over the
 * declared size are refused.
 */
public final class ComponentWidgets {

    /** The value of a component that has none yet (the app sees null). */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "no value";
        }
    };

    /** Reads values strictly: what the declared type does not say is refused, not guessed. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // Jackson writes a number or boolean into a String field unless told not to.
            .withCoercionConfig(
                    LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /**
     * Whether Jackson can read a type at all: an interface or abstract class cannot be, unless it is a
     * collection, a map, a JSON tree or a type whose subtypes Jackson is told ({@code @JsonTypeInfo}).
     */
    @SuppressWarnings("deprecation")
    private static final ClassValue<Boolean> READABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            boolean abstractType = type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers());
            boolean known = java.util.Collection.class.isAssignableFrom(type)
                    || java.util.Map.class.isAssignableFrom(type)
                    || JsonNode.class.isAssignableFrom(type)
                    || type == Number.class
                    || type.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonTypeInfo.class);
            // Jackson says yes to any interface, and fails only on the first value: say it when drawn.
            return (!abstractType || known) && STRICT.canDeserialize(STRICT.constructType(type));
        }
    };

    private ComponentWidgets() {}

    /** The app's value as JSON, for the browser (and the harness). */
    public static JsonNode json(Object value) {
        return value == null || value == NO_VALUE ? JSON.nullNode() : STRICT.valueToTree(value);
    }

    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory JSON =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    /**
     * A component as one run drew it: its declaration and the properties it was given.
     *
     * @param kind {@code component} (an ES module) or {@code streamlit_component} (an iframe)
     */
    public record Custom(String kind, String id, String label, boolean disabled, Component<?> component, JsonNode props)
            implements WidgetSpec {

        /** Draws {@code component} with {@code props} written as JSON. */
        public static Custom of(String id, String label, boolean disabled, Component<?> component, Object props) {
            if (!READABLE.get(component.valueType())) {
                throw new IllegalArgumentException("'" + label + "': its value type "
                        + component.valueType().getName() + " cannot be read from JSON. Declare a record, a"
                        + " String, a number, a boolean, a List or a Map as the component's value type.");
            }
            JsonNode json;
            try {
                json = props == null ? JSON.nullNode() : STRICT.valueToTree(props);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "'" + label + "': its properties cannot be written as JSON (" + e.getMessage()
                                + "). Pass records, maps, lists, strings and numbers.",
                        e);
            }
            return new Custom(
                    component.isStreamlit() ? "streamlit_component" : "component",
                    id,
                    label,
                    disabled,
                    component,
                    json);
        }

        @Override
        public Object initial() {
            Object initial = component.initialValue();
            return initial == null ? NO_VALUE : initial;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || value.isNull() || value.isMissingNode()) {
                throw bad("'" + label + "' sent no value.");
            }
            String text = value.toString();
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > component.maxValueBytes()) {
                throw bad("'" + label + "' sent " + bytes + " bytes; it takes at most " + component.maxValueBytes()
                        + ".");
            }
            Class<?> type = component.valueType();
            try {
                Object read = STRICT.treeToValue(value, type);
                if (read == null) {
                    throw bad("'" + label + "' sent no value.");
                }
                return read;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw bad("'" + label + "' sent " + shown(value) + ", which does not fit " + type.getSimpleName() + ": "
                        + reason(e) + ".");
            }
        }

        @Override
        public boolean allows(Object value) {
            return value == NO_VALUE
                    ? component.initialValue() == null
                    : component.valueType().isInstance(value);
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            node.put(component.isStreamlit() ? "src" : "module", component.url());
            if (component.height() > 0) {
                node.put("height", component.height());
            }
            node.set("props", props);
            node.set("value", json(value));
        }

        /** Jackson's reason, first line, without where in the input it was. */
        private static String reason(Exception e) {
            String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            message = String.valueOf(message).lines().findFirst().orElse("");
            int cut = message.indexOf(" (class ");
            message = cut > 0 ? message.substring(0, cut) : message;
            return message.length() <= 160 ? message : message.substring(0, 157) + "...";
        }
    }
}
