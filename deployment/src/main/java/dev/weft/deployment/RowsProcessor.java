package dev.weft.deployment;

import dev.weft.runtime.rows.FramesRecorder;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationIndexBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.Type;

/**
 * Build steps for reading the rows an app draws as tables and charts: reflection only for the
 * records that have no generated reader, and the data frame readers of the libraries on the
 * application's class path.
 */
class RowsProcessor {

    /** Tablesaw's table; by name, not class literal: the library is an optional dependency. */
    static final String TABLESAW_TABLE = "tech.tablesaw.api.Table";

    /** DFLib's data frame; by name, not class literal: the library is an optional dependency. */
    static final String DFLIB_DATA_FRAME = "org.dflib.DataFrame";

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
     * Tables and charts of records read their components through the readers the annotation
     * processor generated (the row types of the app's fragments and its member records), with direct
     * calls. Any other record of the application is read through its accessors by reflection (and
     * shown as JSON by Jackson): register those (methods and fields) so that this works in a native
     * image too. Records from libraries, and beans, need {@code @RegisterForReflection}; maps need
     * nothing.
     */
    @BuildStep
    void recordsWithoutReaders(
            ApplicationIndexBuildItem application,
            CombinedIndexBuildItem combined,
            BuildProducer<ReflectiveClassBuildItem> reflection) {
        Set<String> read = generatedReaders(combined);
        String[] records = application.getIndex().getKnownClasses().stream()
                .filter(ClassInfo::isRecord)
                .map(info -> info.name().toString())
                .filter(name -> !read.contains(name))
                .sorted()
                .toArray(String[]::new);
        if (records.length > 0) {
            reflection.produce(ReflectiveClassBuildItem.builder(records)
                    .methods(true)
                    .fields(true)
                    .reason("Weft: records drawn as tables, charts or JSON without a generated reader are read"
                            + " through their accessors")
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
