package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A slot as the test harness sees it: its state, last complete content, widgets, completed runs,
 * the assets of the content shown (table rows, media) and the toasts of its last run.
 */
record SlotSnapshot(
        String id,
        String state,
        ObjectNode content,
        Map<String, WidgetSpec> widgets,
        int runs,
        RunAssets assets,
        List<String> toasts) {}
