package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.wire.ElementTree;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.testing.DialogView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A dialog of a slot under test, read afresh from the slot's content at every call. */
final class TestDialog implements DialogView {

    private final ObjectMapper mapper;
    private final Session session;
    private final String slot;
    private final String id;

    TestDialog(ObjectMapper mapper, Session session, String slot, String id) {
        this.mapper = mapper;
        this.session = session;
        this.slot = slot;
        this.id = id;
    }

    @Override
    public String title() {
        return element().path("label").asText();
    }

    @Override
    public boolean isOpen() {
        return element().path("value").asBoolean(false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> elements() {
        List<Map<String, Object>> elements = new ArrayList<>();
        element().path("children").forEach(child -> elements.add(mapper.convertValue(child, Map.class)));
        return elements;
    }

    @Override
    public List<String> texts() {
        return AppTesterImpl.texts(element().path("children"));
    }

    @Override
    public void close() {
        if (!isOpen()) {
            throw new IllegalStateException("Dialog '" + title() + "' is not open, so it cannot be closed.");
        }
        try {
            session.widget(slot, id, BooleanNode.FALSE);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The dialog's element in the slot's content now. */
    private JsonNode element() {
        JsonNode content = session.snapshot(slot).content();
        if (content != null) {
            for (JsonNode element : ElementTree.flatten(content.get("elements"))) {
                if ("dialog".equals(element.path("t").asText())
                        && id.equals(element.path("id").asText())) {
                    return element;
                }
            }
        }
        throw new IllegalStateException("Fragment '" + slot + "' no longer draws dialog " + id + ".");
    }
}
