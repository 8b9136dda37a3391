package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.DateRange;
import dev.weft.Range;
import dev.weft.UploadedFile;
import dev.weft.runtime.uploads.StoredFile;
import dev.weft.runtime.web.UploadRules;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.testing.FileToUpload;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What the test harness sends for a widget, as a browser would: a value in its wire form, and for a
 * file uploader, the ids of files stored through the upload checks ({@link UploadRules#store}).
 */
final class TesterInputs {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TesterInputs() {}

    /** A Java value as the browser would send it: dates, times and ranges as on the wire. */
    static JsonNode wire(ObjectMapper mapper, Object value) {
        return switch (value) {
            case null -> JSON.nullNode();
            case LocalDate date -> JSON.textNode(date.toString());
            case LocalTime time ->
                JSON.textNode(String.format(
                        Locale.ROOT,
                        time.getSecond() == 0 ? "%02d:%02d" : "%02d:%02d:%02d",
                        time.getHour(),
                        time.getMinute(),
                        time.getSecond()));
            case DateRange range ->
                JSON.arrayNode().add(range.start().toString()).add(range.end().toString());
            case Range<?> range ->
                JSON.arrayNode().add(wire(mapper, range.low())).add(wire(mapper, range.high()));
            case Collection<?> values -> {
                ArrayNode array = JSON.arrayNode();
                values.forEach(one -> array.add(wire(mapper, one)));
                yield array;
            }
            default -> mapper.valueToTree(value);
        };
    }

    /**
     * The value a file uploader is set to: each {@link FileToUpload} is stored through the same checks
     * as an upload over HTTP, each {@link UploadedFile} it already holds is kept; their ids are returned.
     */
    static JsonNode upload(UploadWidgets.FileUploader uploader, Object value) throws ProtocolException {
        List<?> files = value instanceof Collection<?> many ? List.copyOf(many) : List.of(value);
        ArrayNode ids = JSON.arrayNode();
        for (Object file : files) {
            switch (file) {
                case FileToUpload upload ->
                    ids.add(UploadRules.store(uploader, upload.name(), upload.type(), upload.content())
                            .id());
                case StoredFile held -> ids.add(held.id());
                default ->
                    throw new IllegalArgumentException("A file uploader is set to a FileToUpload, a list of them"
                            + " (and of files it holds), or an empty list, not " + file + ".");
            }
        }
        return ids;
    }
}
