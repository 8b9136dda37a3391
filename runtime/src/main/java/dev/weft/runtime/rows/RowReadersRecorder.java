package dev.weft.runtime.rows;

import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import java.util.function.Function;

/**
 * Installs the row readers the build generated for the application's records that the annotation
 * processor wrote no reader for. The build writes one more class, which makes the reader of a record
 * from its name by a direct {@code new} of the reader's class; it is made at static init by a direct
 * {@code new} too (the build records it with {@code RecorderContext.newInstance}), so nothing is
 * looked up by name or by reflection.
 */
@Recorder
public class RowReadersRecorder {

    /** The build wrote no reader: forgets those of an earlier start (dev mode restarts in the same class loader). */
    public void none() {
        RowReaders.installRecordReaders(name -> null);
    }

    /** Installs {@code readers}: given a record's binary name, its reader, or null. */
    public void install(RuntimeValue<Function<String, RowReader<?>>> readers) {
        RowReaders.installRecordReaders(readers.getValue());
    }
}
