package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.runtime.ui.Forms;
import dev.weft.runtime.widgets.EditorWidgets;
import dev.weft.runtime.widgets.FormWidgets;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks what a browser sends for a slot's widgets, against the widgets as drawn ({@link
 * Slot#widget}): one widget's value, or a submitted form's values, all of which must be accepted
 * before any is applied. A refusal names the widget it is about.
 */
public final class Inputs {

    private Inputs() {}

    /** The value a {@code widget} message sets, by widget id; refused for a widget of a form. */
    static Map<String, Object> widget(Slot slot, String id, JsonNode value) throws ProtocolException {
        try {
            WidgetSpec widget = known(slot, id);
            String form = slot.formOf(id);
            if (form != null) {
                throw new ProtocolException(
                        ErrorCode.BAD_VALUE,
                        "'" + widget.label() + "' is in form '" + Forms.key(form)
                                + "': its value is sent with the form, when the form is submitted.");
            }
            if (widget.disabled()) {
                throw new ProtocolException(ErrorCode.DISABLED, "'" + widget.label() + "' is disabled.");
            }
            return Map.of(id, widget.accept(value));
        } catch (ProtocolException refused) {
            throw refused.about(slot.id(), id);
        }
    }

    /**
     * The value a {@code table_edit} message gives a data editor: its edits so far with this one
     * applied, all checked ({@link EditorWidgets.DataEditor#edit}).
     */
    static Map<String, Object> edit(Slot slot, Incoming.TableEdit edit) throws ProtocolException {
        WidgetSpec widget = slot.widget(edit.id());
        if (!(widget instanceof EditorWidgets.DataEditor editor)) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_WIDGET,
                    "Fragment '" + slot.id() + "' has no data editor '" + edit.id() + "' now.");
        }
        return Map.of(edit.id(), editor.edit(slot.values.get(edit.id()), edit));
    }

    /**
     * The values a submitted form sets, by widget id, the clicked submit button's {@code true} among
     * them; refuses the whole form, naming the widget, if one value is refused.
     */
    static Map<String, Object> form(Slot slot, String form, String submit, JsonNode values) throws ProtocolException {
        WidgetSpec button = slot.widget(submit);
        if (!(button instanceof FormWidgets.SubmitButton) || !form.equals(slot.formOf(submit))) {
            throw new ProtocolException(
                            ErrorCode.UNKNOWN_WIDGET,
                            "Form '" + Forms.key(form) + "' of fragment '" + slot.id() + "' has no submit button '"
                                    + submit + "' now.")
                    .about(slot.id(), submit);
        }
        if (button.disabled()) {
            throw new ProtocolException(ErrorCode.DISABLED, "'" + button.label() + "' is disabled.")
                    .about(slot.id(), submit);
        }
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : values.properties()) {
            String id = field.getKey();
            try {
                accepted.put(id, value(slot, form, id, field.getValue()));
            } catch (ProtocolException refused) {
                throw refused.about(slot.id(), id);
            }
        }
        accepted.put(submit, Boolean.TRUE);
        return accepted;
    }

    private static Object value(Slot slot, String form, String id, JsonNode value) throws ProtocolException {
        WidgetSpec widget = known(slot, id);
        if (!form.equals(slot.formOf(id)) || widget.clicks()) {
            throw new ProtocolException(
                    ErrorCode.BAD_VALUE,
                    "'" + widget.label() + "' is not a field of form '" + Forms.key(form)
                            + "': its value cannot be sent" + " with it.");
        }
        if (widget.disabled()) {
            throw new ProtocolException(ErrorCode.DISABLED, "'" + widget.label() + "' is disabled.");
        }
        return widget.accept(value);
    }

    private static WidgetSpec known(Slot slot, String id) throws ProtocolException {
        WidgetSpec widget = slot.widget(id);
        if (widget == null) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_WIDGET, "Fragment '" + slot.id() + "' has no widget '" + id + "' now.");
        }
        return widget;
    }
}
