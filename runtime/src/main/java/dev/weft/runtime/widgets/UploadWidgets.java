package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.uploads.FileTypes;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.uploads.Sizes;
import dev.weft.runtime.uploads.StoredFile;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Upload widgets: the file uploader, whose files travel over HTTP and whose value is their ids. Its client side is {@code widgets/uploads.js}. */
public final class UploadWidgets {

    /** The most files one uploader holds. */
    public static final int MAX_FILES = 100;

    private UploadWidgets() {}

    /**
     * A file uploader: its files travel over HTTP to {@link Uploads#PATH}{@code <token>} (the web
     * layer's upload handler), and its value, the list of files it holds, is sent as their ids.
     *
     * @param types the accepted extensions and MIME types ({@link FileTypes#normalize}); empty for any
     * @param maxBytes the largest file it takes, the server's limits included
     * @param maxFiles how many files it holds at most
     */
    public record FileUploader(
            String kind,
            String id,
            String label,
            boolean disabled,
            List<String> types,
            long maxBytes,
            int maxFiles,
            String token,
            SessionUploads store)
            implements WidgetSpec {

        public FileUploader {
            types = List.copyOf(types);
            if (maxBytes < 1 || maxFiles < 1 || maxFiles > MAX_FILES) {
                throw new IllegalArgumentException(
                        label + ": the largest file must be at least 1 byte, and the most files from 1 to " + MAX_FILES
                                + ".");
            }
        }

        @Override
        public Object initial() {
            return List.of();
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isArray()) {
                throw bad("'" + label + "' takes a list of uploaded files' ids, not " + shown(value) + ".");
            }
            if (value.size() > maxFiles) {
                throw bad("'" + label + "' holds at most " + maxFiles + (maxFiles == 1 ? " file" : " files") + ", not "
                        + value.size() + ".");
            }
            List<StoredFile> files = new ArrayList<>(value.size());
            Set<String> seen = new HashSet<>();
            for (JsonNode id : value) {
                StoredFile file = id.isTextual() ? store.find(token, id.textValue()) : null;
                if (file == null || !seen.add(file.id())) {
                    throw bad("'" + label + "' has no uploaded file " + shown(id) + ": upload the file to it first.");
                }
                String refusal = refusal(file);
                if (refusal != null) {
                    throw bad(refusal);
                }
                files.add(file);
            }
            return List.copyOf(files);
        }

        @Override
        public boolean allows(Object value) {
            if (!(value instanceof List<?> files) || files.size() > maxFiles) {
                return false;
            }
            for (Object file : files) {
                if (!store.holds(token, file) || refusal((StoredFile) file) != null) {
                    return false;
                }
            }
            return true;
        }

        /** Why this uploader, as drawn now, refuses a file it received before, or null. */
        private String refusal(StoredFile file) {
            if (file.size() > maxBytes) {
                return "'" + file.name() + "' is larger than '" + label + "' takes (" + Sizes.describe(maxBytes) + ").";
            }
            return FileTypes.refusal(label, types, file.name(), file.type());
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            ArrayNode files = node.putArray("value");
            for (Object file : (List<?>) value) {
                StoredFile stored = (StoredFile) file;
                files.addObject()
                        .put("id", stored.id())
                        .put("name", stored.name())
                        .put("size", stored.size())
                        .put("type", stored.type());
            }
            types.forEach(node.putArray("accept")::add);
            node.put("maxSize", maxBytes).put("maxFiles", maxFiles).put("url", Uploads.PATH + token);
        }
    }
}
