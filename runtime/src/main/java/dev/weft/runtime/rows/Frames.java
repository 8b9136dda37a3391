package dev.weft.runtime.rows;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads the data frames of the libraries Weft knows (Tablesaw, DFLib) as columns, through the
 * readers the build wired for the libraries on the application's class path.
 */
public final class Frames {

    private Frames() {}

    /**
     * The frame's columns: each column's name and its values, top to bottom, in the frame's order.
     *
     * @throws IllegalArgumentException if no reader reads frames of that type
     */
    public static LinkedHashMap<String, List<Object>> columns(Object frame) {
        throw new IllegalArgumentException(
                "Weft reads no data frame of type " + frame.getClass().getName()
                        + ". Give a Tablesaw Table or a DFLib DataFrame (with that library on the class path), a List of"
                        + " rows, or a Map of columns.");
    }
}
