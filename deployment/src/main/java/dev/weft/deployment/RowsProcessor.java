package dev.weft.deployment;

import dev.weft.runtime.rows.FramesRecorder;
import dev.weft.runtime.rows.RowReadersRecorder;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.GeneratedClassGizmoAdaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationIndexBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.gizmo.ClassOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.Type;

/**
 * Build steps for reading the rows an app draws as tables and charts: a generated reader for each
 * record of the application the annotation processor wrote none for, and the data frame readers of
 * the libraries on the application's class path.
 */
class RowsProcessor {

    /** Tablesaw's table; by name, not class literal: the library is an optional dependency. */
    static final String TABLESAW_TABLE = "tech.tablesaw.api.Table";

    /** DFLib's data frame; by name, not class literal: the library is an optional dependency. */
    static final String DFLIB_DATA_FRAME = "org.dflib.DataFrame";

    /** The generated class that makes the reader of each record the build wrote one for, from its name. */
    static final String RECORD_READERS = "dev.weft.generated.RecordRowReaders";

    /**
     * The data frame readers the application can use, decided here from its class path: at run time
     * no class is looked up by name, and an application without Tablesaw or DFLib never loads their
     * readers.
     */
    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    void frameReaders(FramesRecorder recorder) {
        recorder.reset();
        if (QuarkusClassLoader.isClassPresentAtRuntime(TABLESAW_TABLE)) {
            recorder.tablesaw();
        }
        if (QuarkusClassLoader.isClassPresentAtRuntime(DFLIB_DATA_FRAME)) {
            recorder.dflib();
        }
    }

    /**
     * Every record of the application that the annotation processor wrote no reader for (one that no
     * fragment takes or returns, declared outside the app) gets a {@code RowReader} here, written as
     * bytecode in the record's package, and made the first time a row of it is read, by a direct
     * {@code new} in one more generated class ({@link #RECORD_READERS}, made at static init): tables,
     * charts, JSON and the data editor then read and make its rows with direct calls, as they do the
     * processor's row types. A record generated code cannot make (a private one: its canonical
     * constructor is private) is read through its accessors and made through its constructor by
     * reflection instead, and registered for it (methods and fields) so that this works in a native
     * image too. Records from libraries, and beans, need {@code @RegisterForReflection}; maps need
     * nothing.
     */
    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    void recordReaders(
            ApplicationIndexBuildItem application,
            CombinedIndexBuildItem combined,
            RowReadersRecorder recorder,
            RecorderContext context,
            BuildProducer<GeneratedClassBuildItem> generated,
            BuildProducer<ReflectiveClassBuildItem> reflection) {
        Set<String> read = generatedReaders(combined);
        List<ClassInfo> records = application.getIndex().getKnownClasses().stream()
                .filter(ClassInfo::isRecord)
                .filter(info -> !read.contains(info.name().toString()))
                .sorted(Comparator.comparing(info -> info.name().toString()))
                .toList();
        ClassOutput output = new GeneratedClassGizmoAdaptor(generated, true);
        Map<String, String> readers = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        List<String> reflective = new ArrayList<>();
        for (ClassInfo record : records) {
            String recordName = record.name().toString();
            if (!RecordReaderClasses.readable(record)) {
                reflective.add(recordName);
                continue;
            }
            String readerName = RecordReaderClasses.readerName(record);
            for (int n = 2; !taken.add(readerName) || combined.getIndex().getClassByName(readerName) != null; n++) {
                readerName = RecordReaderClasses.readerName(record) + n;
            }
            RecordReaderClasses.write(record, readerName, output);
            readers.put(recordName, readerName);
        }
        if (readers.isEmpty()) {
            recorder.none();
        } else {
            RecordReaderClasses.writeFactory(RECORD_READERS, readers, output);
            recorder.install(context.newInstance(RECORD_READERS));
        }
        if (!reflective.isEmpty()) {
            reflection.produce(ReflectiveClassBuildItem.builder(reflective.toArray(String[]::new))
                    .methods(true)
                    .fields(true)
                    .reason("Weft: records drawn as tables, charts or JSON whose reader the build could not generate"
                            + " are read through their accessors")
                    .build());
        }
    }

    /** The row types that have a generated reader: {@code T} of each class implementing {@code RowReader<T>}. */
    static Set<String> generatedReaders(CombinedIndexBuildItem combined) {
        Set<String> types = new TreeSet<>();
        for (ClassInfo reader : combined.getIndex().getAllKnownImplementors(Names.ROW_READER)) {
            for (Type implemented : reader.interfaceTypes()) {
                if (implemented.name().equals(Names.ROW_READER) && implemented.kind() == Type.Kind.PARAMETERIZED_TYPE) {
                    Type row = implemented.asParameterizedType().arguments().get(0);
                    types.add(row.name().toString());
                }
            }
        }
        return types;
    }
}
