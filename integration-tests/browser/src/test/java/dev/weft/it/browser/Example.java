package dev.weft.it.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/** The packaged example apps the browser tests can start. */
enum Example {

    /** {@code examples/dashboard}: parallel and sequential pages of slow charts. */
    DASHBOARD("dashboard"),

    /** {@code examples/sales}: filters, a computed value, three dependent charts and a timed panel. */
    SALES("sales"),

    /**
     * {@code examples/layout}: sidebar, columns, tabs, an expander, and a slow report streaming its
     * progress. Started without sessions that start with their page, so that a test sees a session's
     * first runs from their start, however slowly the page loads.
     */
    LAYOUT("layout", "-Dquarkus.weft.sessions.start-on-page-load=false"),

    /**
     * {@code examples/elements}: every element (text, data, charts, media, status, display), the
     * 100,000-row table at {@code /table} and untrusted payloads at {@code /untrusted}.
     */
    ELEMENTS("elements"),

    /**
     * {@code examples/gpu-queue}: an image model limited to one run at a time across every tab.
     * Sessions start on the page's {@code hello}, so that a test can start several at the same moment
     * however slowly their pages load; an image takes {@value GpuQueuePage#STEPS} steps of {@value GpuQueuePage#STEP_MILLIS} ms.
     */
    GPU_QUEUE(
            "gpu-queue",
            "-Dquarkus.weft.sessions.start-on-page-load=false",
            "-Dgpu-queue.steps=" + GpuQueuePage.STEPS,
            "-Dgpu-queue.step-time=" + GpuQueuePage.STEP_MILLIS + "ms"),

    /** {@code examples/confined}: a JavaScript console on one Rhino engine, confined to one thread. */
    CONFINED("confined"),

    /**
     * {@code examples/widgets}: the offsite planner, with the input widgets (range slider, multiselect,
     * radio, toggle, date, time, colour, text area), two file uploaders and a form.
     */
    WIDGETS("widgets"),

    /**
     * {@code examples/components}: components of the app's own: a map (an ES module drawing with
     * Leaflet from its WebJar) and a Streamlit component built with streamlit-component-lib, in an
     * iframe, each with a dependent section.
     */
    COMPONENTS("components"),

    /** {@code examples/gallery}: every element and widget, and a second page; the screenshots' page. */
    GALLERY("gallery"),

    /**
     * {@code examples/pages}: a site of five pages in menu sections, one hidden; page links, a
     * switchPage button, a dialog, a popover and containers with a border, a height or in a row.
     */
    PAGES("pages"),

    /**
     * {@code examples/explorer}: NOAA weather in an embedded DuckDB, with filters, parallel query
     * sections, a selectable table driving a detail section, and notes kept in the database.
     */
    EXPLORER("explorer"),

    /**
     * {@code examples/team}: a team dashboard behind Quarkus form login (users in properties files),
     * with an admin page. Every page but Weft's login page needs a login, so that page tells when it
     * is ready.
     */
    TEAM("team"),

    /** {@code examples/chat}: a chat over a deterministic local generator, answers streamed token by token. */
    CHAT("chat", "-Dchat.token-delay=30ms", "-Dchat.answer-words=140"),

    /** The chat with a generator paced at one token a millisecond and long answers: the streaming benchmark. */
    CHAT_BENCH("chat", "-Dchat.token-delay=1ms", "-Dchat.answer-words=4000"),

    /**
     * {@code examples/live}: a board of orders that every open tab redraws when the server pushes a
     * rerun ({@code POST /orders}).
     */
    LIVE("live"),

    /** The live example again, with room for 2,000 sessions from one address: the push benchmark's crowd of tabs. */
    LIVE_CROWD(
            "live",
            "-Dquarkus.weft.sessions.max=2100",
            "-Dquarkus.weft.sessions.max-per-client=2100",
            "-Dquarkus.weft.sessions.max-unclaimed=2100"),

    /** The sales example again, logging every HTTP request it answers (Quarkus's access log, in its log). */
    SALES_REQUESTS_LOGGED("sales", "-Dquarkus.http.access-log.enabled=true"),

    /** The gallery again, logging every HTTP request it answers (Quarkus's access log, in its log). */
    GALLERY_REQUESTS_LOGGED("gallery", "-Dquarkus.http.access-log.enabled=true"),

    /** The gallery again, configured dark by default with a rose primary colour ({@code quarkus.weft.theme.*}). */
    GALLERY_THEMED("gallery", "-Dquarkus.weft.theme.mode=dark", "-Dquarkus.weft.theme.primary-color=#e11d48");

    private final String module;
    private final List<String> options;

    Example(String module, String... options) {
        this.module = module;
        this.options = List.of(options);
    }

    /** Options for the example's JVM, before {@code -jar}. */
    List<String> options() {
        return options;
    }

    /** The path that answers HTTP 200 once the example is ready (every other page of the team example needs a login). */
    String readyPath() {
        return this == TEAM ? "/_weft/login" : "/";
    }

    /** The name of its log file, {@code target/example-<name>.log}: {@code sales}, {@code gallery-themed}. */
    String logName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The module's directory name under {@code examples/}, e.g. {@code sales}. */
    String module() {
        return module;
    }

    /**
     * Where the example is packaged: system property {@code weft.example.<module>.jar} if set (the
     * build sets it), else {@code examples/<module>/target/quarkus-app/quarkus-run.jar} under
     * {@code weft.root} (or two levels up from the working directory).
     */
    Path jar() {
        String configured = System.getProperty("weft.example." + module + ".jar");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        return Paths.get(System.getProperty("weft.root", "../.."))
                .resolve(Paths.get("examples", module, "target", "quarkus-app", "quarkus-run.jar"))
                .toAbsolutePath()
                .normalize();
    }
}
