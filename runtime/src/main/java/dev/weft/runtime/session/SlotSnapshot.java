package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.ui.RunAssets;
import dev.weft.runtime.widgets.WidgetSpec;
import java.util.List;
import java.util.Map;

/**
 * A slot as the test harness sees it: its state, last complete content, widgets, completed runs,
 * the assets of the content shown (table rows, media), the toasts of its last run, its widgets'
 * values (without nulls) and the form of each widget drawn in one.
 */
public record SlotSnapshot(
        String id,
        String state,
        ObjectNode content,
        Map<String, WidgetSpec> widgets,
        int runs,
        RunAssets assets,
        List<String> toasts,
        Map<String, Object> values,
        Map<String, String> forms) {

    /** The slot as it is now; its owner's lock is held. */
    static SlotSnapshot of(Slot slot) {
        String state =
                slot.status == null ? "placeholder" : slot.status.get("state").asText();
        return new SlotSnapshot(
                slot.id(),
                state,
                slot.content,
                slot.widgets,
                slot.runs,
                slot.assets,
                slot.toasts,
                Map.copyOf(slot.values),
                slot.forms);
    }
}
