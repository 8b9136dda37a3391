package dev.weft.runtime.rows;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads the data frames of one library as columns. One implementation per library, compiled against
 * it as an optional dependency: the build installs it ({@link FramesRecorder}) only when that library
 * is on the application's class path, so an application without it never loads the reader.
 */
interface FrameReader {

    /** Whether {@code frame} is one of this library's frames. */
    boolean reads(Object frame);

    /** The frame's columns: each column's name and its values, top to bottom (null where missing). */
    LinkedHashMap<String, List<Object>> columns(Object frame);
}
