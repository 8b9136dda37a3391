package dev.weft.runtime.ui;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.DeltaColor;
import dev.weft.runtime.media.MediaTypes;
import dev.weft.runtime.rows.Rows;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import java.util.Locale;
import java.util.Objects;

/** Builds the text and data elements of {@link dev.weft.Ui} as the wire's JSON ({@code docs/protocol.md}). */
final class Elements {

    private static final ObjectMapper FALLBACK = new ObjectMapper().findAndRegisterModules();

    private Elements() {}

    /** An element holding one text field. */
    static ObjectNode text(String type, String field, String value) {
        return Canvas.element(type).put(field, String.valueOf(value));
    }

    static ObjectNode code(String code, String language) {
        ObjectNode element = Canvas.element("code").put("code", String.valueOf(code));
        if (language != null && !language.isBlank()) {
            element.put("language", language.strip().toLowerCase(Locale.ROOT));
        }
        return element;
    }

    static ObjectNode json(Object value) {
        ObjectNode element = Canvas.element("json");
        element.set("value", toJson(value));
        return element;
    }

    /** {@code value} as a JSON tree: text is parsed as JSON, anything else serialized with Jackson. */
    static JsonNode toJson(Object value) {
        ObjectMapper mapper = mapper();
        if (value instanceof CharSequence text) {
            try {
                return mapper.readTree(text.toString());
            } catch (JacksonException e) {
                throw new IllegalArgumentException(
                        "This text is not JSON: " + e.getOriginalMessage()
                                + ". Pass the value itself, or valid JSON text.",
                        e);
            }
        }
        try {
            // Rows with a generated reader become maps first: Jackson then reads them without reflection.
            return mapper.valueToTree(Rows.plain(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Cannot show a " + value.getClass().getName() + " as JSON: " + e.getMessage(), e);
        }
    }

    static ObjectNode metric(String label, String value, String delta, DeltaColor color) {
        ObjectNode metric =
                Canvas.element("metric").put("label", String.valueOf(label)).put("value", String.valueOf(value));
        if (delta != null && !delta.isBlank()) {
            String trimmed = delta.strip();
            boolean down = trimmed.startsWith("-") || trimmed.startsWith("\u2212");
            metric.put("delta", trimmed)
                    .put("direction", down ? "down" : "up")
                    .put(
                            "color",
                            Objects.requireNonNullElse(color, DeltaColor.NORMAL)
                                    .name()
                                    .toLowerCase(Locale.ROOT));
        }
        return metric;
    }

    static ObjectNode image(String url, String caption, int width) {
        if (width < 0) {
            throw new IllegalArgumentException("An image's width is 0 (its own) or more pixels, not " + width + ".");
        }
        ObjectNode image = Canvas.element("image").put("url", url);
        if (caption != null) {
            image.put("caption", caption);
        }
        if (width > 0) {
            image.put("width", width);
        }
        return image;
    }

    static ObjectNode download(String label, String url, String fileName, String mimeType, int size) {
        return Canvas.element("download_button")
                .put("label", String.valueOf(label))
                .put("url", url)
                .put("fileName", fileName)
                .put("mimeType", mimeType)
                .put("size", size);
    }

    /**
     * A link that looks like a button: {@code http(s)} URLs open in a new tab, relative ones in this
     * one; anything else ({@code javascript:}, {@code data:}, a control character) is refused.
     */
    static ObjectNode link(String label, String url) {
        String target = LinkUrls.check(url);
        return Canvas.element("link_button")
                .put("label", String.valueOf(label))
                .put("url", target)
                .put("external", LinkUrls.isAbsolute(target));
    }

    /** A download's file name: its last path segment, with no control characters. */
    static String fileName(String fileName) {
        String name =
                fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}]", "").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException(
                    "A download needs a file name, such as report.csv; got '" + fileName + "'.");
        }
        return name;
    }

    /** The application's Jackson mapper (with its modules), or a plain one outside Quarkus. */
    static ObjectMapper mapper() {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            InstanceHandle<ObjectMapper> mapper = container.instance(ObjectMapper.class);
            if (mapper.isAvailable()) {
                return mapper.get();
            }
        }
        return FALLBACK;
    }

    /** An image of {@code data}, stored with the run's media; refused unless it is a PNG, JPEG, GIF, WebP or SVG. */
    static ObjectNode image(RunAssets assets, byte[] data, String caption, int width) {
        Objects.requireNonNull(data, "data");
        String type = MediaTypes.image(data);
        if (type == null) {
            throw new IllegalArgumentException("These " + data.length + " bytes are not a PNG, JPEG, GIF, WebP or SVG"
                    + " image. Pass the bytes of an image file, or draw other files with downloadButton.");
        }
        image("", caption, width); // checks the width before the bytes are stored
        return image(assets.media(data, type, null, false), caption, width);
    }

    /** A download button for {@code data}, stored with the run's media. */
    static ObjectNode download(RunAssets assets, String label, byte[] data, String fileName, String mimeType) {
        Objects.requireNonNull(data, "data");
        String name = fileName(fileName);
        String type = MediaTypes.download(mimeType);
        return download(label, assets.media(data, type, name, true), name, type, data.length);
    }
}
