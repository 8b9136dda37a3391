package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.wire.ProtocolException;

/**
 * A widget as one run of its fragment drew it: what it is, what values it accepts, and its default.
 *
 * <p>Every value a browser sends is checked against the spec of the widget as last drawn ({@link
 * #accept}); a value kept from an earlier run is reused only if the spec, which may have changed,
 * still allows it ({@link #allows}).
 */
public sealed interface WidgetSpec
        permits NumberWidgets.IntRange,
                NumberWidgets.DecimalRange,
                NumberWidgets.IntRangeSlider,
                NumberWidgets.DecimalRangeSlider,
                ChoiceWidgets.Choice,
                ChoiceWidgets.MultiSelect,
                ChoiceWidgets.RangeSelect,
                ToggleWidgets.Toggle,
                TextWidgets.Text,
                PickerWidgets.DateInput,
                DateRangeWidgets.DateRangeInput,
                PickerWidgets.TimeInput,
                PickerWidgets.ColorPicker,
                ButtonWidgets.Button,
                FormWidgets.SubmitButton,
                UploadWidgets.FileUploader,
                ChartWidgets.ChartInput,
                TableWidgets.Selecting,
                EditorWidgets.DataEditor,
                DialogWidgets.Dialog,
                ComponentWidgets.Custom,
                ChatWidgets.ChatInput {

    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The most characters a text input may ever be given. */
    int MAX_TEXT = 100_000;

    String kind();

    String id();

    String label();

    boolean disabled();

    /** The value before the user changes it. */
    Object initial();

    /** Turns a value from the browser into the widget's Java value, or refuses it. */
    Object accept(JsonNode value) throws ProtocolException;

    /** Whether a value kept from an earlier run is still valid for this spec. */
    boolean allows(Object value);

    /**
     * The value this run starts with, given the one kept from an earlier run: that value if the spec
     * still allows it, else the initial value. A table's selection keeps what of it the new rows still
     * hold.
     */
    default Object carry(Object kept) {
        return allows(kept) ? kept : initial();
    }

    /**
     * Whether the widget is a button: its value is {@code true} only in the run its click caused, and
     * {@code false} again in the next.
     */
    default boolean clicks() {
        return false;
    }

    /** The element sent to the browser, showing {@code value}. */
    default ObjectNode toJson(Object value) {
        ObjectNode node = JSON.objectNode()
                .put("t", kind())
                .put("id", id())
                .put("label", label())
                .put("disabled", disabled());
        describe(node, value);
        return node;
    }

    /** Adds the kind's own fields, and the value, to its element. */
    void describe(ObjectNode node, Object value);
}
