package dev.weft.deployment;

import dev.weft.runtime.web.WeftRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.deployment.spi.GeneratedStaticResourceBuildItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Build steps for the elements of {@code Ui}: the route serving sessions' media, the code
 * highlighter as an ES module. (Reading rows and frames is {@link RowsProcessor}'s.)
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
