package dev.weft.deployment;

import dev.weft.runtime.web.WeftRecorder;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.ApplicationIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.deployment.spi.GeneratedStaticResourceBuildItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.jandex.ClassInfo;

/**
 * Build steps for the elements of {@code Ui}: the route serving sessions' media, the code
 * highlighter as an ES module, and reflection for the records an app draws as tables and charts.
 */
class ElementsProcessor {

    /** Where sessions' images and downloads are served. */
    static final String MEDIA_ROUTE = "/_weft/media/*";

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    RouteBuildItem mediaRoute(WeftRecorder recorder) {
        return RouteBuildItem.builder()
                .route(MEDIA_ROUTE)
                .handler(recorder.media())
                .build();
    }

    /** Where tables' downloads are served. */
    static final String EXPORT_ROUTE = "/_weft/export/*";

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    RouteBuildItem exportRoute(WeftRecorder recorder) {
        return RouteBuildItem.builder()
                .route(EXPORT_ROUTE)
                .handler(recorder.export())
                .build();
    }

    /**
     * highlight.js ships its core as CommonJS only ({@code lib/core.js}; its {@code es/} entries
     * import that file), which a browser cannot import: wrap it as an ES module at build time, so no
     * bundler or Node.js is needed. Its languages ({@code es/languages/*.js}) are ES modules already.
     */
    @BuildStep
    GeneratedStaticResourceBuildItem highlightModule(BrowserLibrariesBuildItem libraries) {
        String version = libraries.version(BrowserLibrary.HIGHLIGHT_JS);
        String source = new String(
                read(BrowserLibrary.HIGHLIGHT_JS.resource(version, BrowserLibrary.HIGHLIGHT_JS.file())),
                StandardCharsets.UTF_8);
        String module = "// highlight.js " + version
                + " core (CommonJS in its package), wrapped as an ES module by Weft's build.\n"
                + "const module = { exports: {} };\n"
                + "(function (module, exports) {\n" + source + "\n})(module, module.exports);\n"
                + "export default module.exports;\n";
        return new GeneratedStaticResourceBuildItem(
                BrowserLibrariesBuildItem.HIGHLIGHT_MODULE_URL, module.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Tables and charts of records read their components through their accessors, by reflection:
     * register the application's own records (methods and fields, which Jackson reads for {@code
     * json}) so that this works in a native image too. Records from libraries, and beans, need
     * {@code @RegisterForReflection}; maps need nothing.
     */
    @BuildStep
    void applicationRecords(ApplicationIndexBuildItem application, BuildProducer<ReflectiveClassBuildItem> reflection) {
        String[] records = application.getIndex().getKnownClasses().stream()
                .filter(ClassInfo::isRecord)
                .map(info -> info.name().toString())
                .sorted()
                .toArray(String[]::new);
        if (records.length > 0) {
            reflection.produce(ReflectiveClassBuildItem.builder(records)
                    .methods(true)
                    .fields(true)
                    .reason("Weft: records drawn as tables, charts or JSON are read through their accessors")
                    .build());
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Weft's build cannot find " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
