package dev.weft.deployment;

/**
 * A browser library of the page, served from its mvnpm jar under {@code /_static/<name>/<version>/}.
 * Its version is whichever the application resolved (a BOM may manage it), so each names the oldest
 * version that has what Weft's client uses of it.
 */
enum BrowserLibrary {
    /** {@code init}, {@code setOption}, {@code on('finished')}; its ES module build exists since 5.0.0. */
    ECHARTS("echarts", "dist/echarts.esm.min.js", "5.0.0"),
    /** The named export {@code marked} and {@code parse(text, {async: false})}, since 4.1.0. */
    MARKED("marked", "lib/marked.esm.js", "4.1.0"),
    /** The default export with {@code addHook} and {@code sanitize(html, {FORBID_TAGS, FORBID_ATTR})}. */
    DOMPURIFY("dompurify", "dist/purify.es.mjs", "3.0.0"),
    /**
     * Its core (CommonJS, wrapped by Weft's build) and its languages as ES modules under {@code es/},
     * with {@code highlight(code, {language, ignoreIllegals})}, since 11.0.0.
     */
    HIGHLIGHT_JS("highlight.js", "lib/core.js", "11.0.0");

    private final String artifactId;
    private final String file;
    private final String minimum;

    BrowserLibrary(String artifactId, String file, String minimum) {
        this.artifactId = artifactId;
        this.file = file;
        this.minimum = minimum;
    }

    /** Its mvnpm artifact id (group {@code org.mvnpm}), also its import-map name and its folder under {@code _static}. */
    String artifactId() {
        return artifactId;
    }

    /** The file of its package Weft loads, relative to the package. */
    String file() {
        return file;
    }

    /** The oldest version Weft's client works with. */
    String minimum() {
        return minimum;
    }

    /** The URL of {@code path} (relative to the package) of this library at {@code version}. */
    String url(String version, String path) {
        return "/_static/" + artifactId + "/" + version + "/" + path;
    }

    /** Where {@code path} of this library at {@code version} is on the class path. */
    String resource(String version, String path) {
        return "META-INF/resources" + url(version, path);
    }
}
