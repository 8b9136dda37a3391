package dev.weft.runtime.rows;

import io.quarkus.runtime.annotations.Recorder;

/**
 * Installs the frame readers the build chose: the build records {@link #tablesaw()} only when
 * Tablesaw is on the application's class path, and {@link #dflib()} only with DFLib, so no class is
 * looked up by name at run time and an application without them never loads their readers.
 */
@Recorder
public class FramesRecorder {

    /** Forgets the readers of an earlier start (dev mode restarts in the same class loader). */
    public void reset() {
        Frames.reset();
    }

    /** Reads Tablesaw's {@code tech.tablesaw.api.Table}. */
    public void tablesaw() {
        Frames.add(new TablesawFrames());
    }

    /** Reads DFLib's {@code org.dflib.DataFrame}. */
    public void dflib() {
        Frames.add(new DflibFrames());
    }
}
