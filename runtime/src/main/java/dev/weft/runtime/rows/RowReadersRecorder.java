package dev.weft.runtime.rows;

import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;

/**
 * Installs the row readers the build generated for the application's records that the annotation
 * processor wrote no reader for. Each reader is made at static init by a direct {@code new} of its
 * generated class (the build records it with {@code RecorderContext.newInstance}), so nothing is
 * looked up by name or by reflection.
 */
@Recorder
public class RowReadersRecorder {

    /** Forgets the readers of an earlier start (dev mode restarts in the same class loader). */
    public void reset() {
        RowReaders.clearRecordReaders();
    }

    /** Adds the reader of the record named {@code recordName} (its binary name). */
    public void add(String recordName, RuntimeValue<RowReader<?>> reader) {
        RowReaders.addRecordReader(recordName, reader.getValue());
    }
}
