package dev.weft.runtime.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Walks a slot's element tree as the wire carries it: containers hold their elements in {@code children}. */
public final class ElementTree {

    private ElementTree() {}

    /** Every element of {@code elements} and of the containers in it, depth first, in page order. */
    public static List<JsonNode> flatten(JsonNode elements) {
        List<JsonNode> all = new ArrayList<>();
        collect(elements, all);
        return all;
    }

    private static void collect(JsonNode elements, List<JsonNode> all) {
        if (elements == null || !elements.isArray()) {
            return;
        }
        for (JsonNode element : elements) {
            all.add(element);
            collect(element.get("children"), all);
        }
    }
}
