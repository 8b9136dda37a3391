package dev.weft.runtime.rows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reads the data frames of the libraries Weft knows (Tablesaw, DFLib) as columns, through the
 * readers the build wired for the libraries on the application's class path ({@link
 * FramesRecorder}).
 */
public final class Frames {

    private static final List<FrameReader> READERS = new CopyOnWriteArrayList<>();

    private Frames() {}

    static void reset() {
        READERS.clear();
    }

    static void add(FrameReader reader) {
        READERS.add(reader);
    }

    /** Whether {@code value} is a data frame of a library whose reader the build wired. */
    public static boolean isFrame(Object value) {
        return value != null && reader(value) != null;
    }

    /**
     * The frame's columns: each column's name and its values, top to bottom, in the frame's order.
     *
     * @throws IllegalArgumentException if no reader reads frames of that type
     */
    public static LinkedHashMap<String, List<Object>> columns(Object frame) {
        FrameReader reader = frame == null ? null : reader(frame);
        if (reader == null) {
            throw new IllegalArgumentException("Weft reads no data frame of type "
                    + (frame == null ? "null" : frame.getClass().getName())
                    + ". Give a Tablesaw Table or a DFLib DataFrame (with that library on the class path), a List of"
                    + " rows, or a Map of columns.");
        }
        return reader.columns(frame);
    }

    /**
     * The frame's rows, each a map of column name to value in the frame's column order: what a chart
     * of named fields reads.
     *
     * @throws IllegalArgumentException if no reader reads frames of that type
     */
    public static List<Map<String, Object>> rows(Object frame) {
        LinkedHashMap<String, List<Object>> columns = columns(frame);
        int size = columns.isEmpty() ? 0 : columns.values().iterator().next().size();
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int row = 0; row < size; row++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, List<Object>> column : columns.entrySet()) {
                fields.put(column.getKey(), column.getValue().get(row));
            }
            rows.add(Collections.unmodifiableMap(fields));
        }
        return rows;
    }

    private static FrameReader reader(Object frame) {
        for (FrameReader reader : READERS) {
            if (reader.reads(frame)) {
                return reader;
            }
        }
        return null;
    }
}
