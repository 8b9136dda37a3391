package dev.weft.deployment;

import io.quarkus.builder.item.SimpleBuildItem;
import java.util.EnumMap;
import java.util.Map;

/**
 * The versions of the page's browser libraries on the application's class path, checked to be ones
 * Weft's client works with, and the import map and preload links naming their URLs.
 */
final class BrowserLibrariesBuildItem extends SimpleBuildItem {

    /** The import-map name of highlight.js's core, served as an ES module that Weft's build writes. */
    static final String HIGHLIGHT_MODULE_URL = "/_weft/lib/highlight.js";

    /**
     * The import-map name {@code echarts}: Weft's reduced ECharts (core, the series and components
     * Weft's client draws, the canvas renderer), bundled by esbuild when the runtime is built. The
     * full build, from the application's class path, is {@code echarts/full}, loaded only for a chart
     * passed through that needs more.
     */
    static final String ECHARTS_MODULE_URL = "/_weft/lib/echarts.js";

    private final Map<BrowserLibrary, String> versions;

    BrowserLibrariesBuildItem(Map<BrowserLibrary, String> versions) {
        this.versions = new EnumMap<>(versions);
    }

    /** The version of {@code library} on the class path. */
    String version(BrowserLibrary library) {
        return versions.get(library);
    }

    /**
     * The page's import map, its names sorted. highlight.js is there twice: its core as the module
     * Weft's build writes, and its language modules under the trailing-slash name
     * ({@code import('highlight.js/languages/java.js')}); ECharts too: Weft's reduced build and the
     * full one ({@code echarts/full}).
     */
    String importMap() {
        String highlight = version(BrowserLibrary.HIGHLIGHT_JS);
        return "{\"imports\":{"
                + entry(BrowserLibrary.DOMPURIFY) + ","
                + "\"echarts\":\"" + ECHARTS_MODULE_URL + "\","
                + "\"echarts/full\":\"" + module(BrowserLibrary.ECHARTS) + "\","
                + "\"highlight.js\":\"" + HIGHLIGHT_MODULE_URL + "\","
                + "\"highlight.js/\":\"" + BrowserLibrary.HIGHLIGHT_JS.url(highlight, "es/") + "\","
                + entry(BrowserLibrary.MARKED)
                + "}}";
    }

    /**
     * One {@code modulepreload} link per library every page needs: the browser fetches and compiles
     * them while it loads the client's own modules. highlight.js is loaded only by a page with code,
     * ECharts' full build only by a chart that needs it.
     */
    String preloads() {
        return link(BrowserLibrary.DOMPURIFY) + "\n  " + "<link rel=\"modulepreload\" href=\"" + ECHARTS_MODULE_URL
                + "\">" + "\n  " + link(BrowserLibrary.MARKED);
    }

    private String entry(BrowserLibrary library) {
        return "\"" + library.artifactId() + "\":\"" + module(library) + "\"";
    }

    private String link(BrowserLibrary library) {
        return "<link rel=\"modulepreload\" href=\"" + module(library) + "\">";
    }

    private String module(BrowserLibrary library) {
        return library.url(version(library), library.file());
    }
}
