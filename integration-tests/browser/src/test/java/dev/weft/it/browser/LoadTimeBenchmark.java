package dev.weft.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How long the example dashboard takes to load in headless Chromium: from navigation start
 * ({@code performance.timeOrigin}) to the moment all three charts are rendered, for the parallel
 * page {@code /} and the sequential page {@code /sequential}. Each run uses a fresh browser
 * context, hence a fresh Weft session; one warm-up run per page is not counted.
 *
 * <p>Run it with {@code ./mvnw -B -pl integration-tests/browser -Pbench verify} after
 * {@code ./mvnw -B install -DskipTests}; the number of runs is {@code -Dweft.bench.runs=N}
 * (default 7). It prints a table and writes it to {@code target/benchmark.txt}. Also runnable as a
 * plain {@code main} with the test classpath. The surefire configuration leaves it out of the
 * normal build.
 */
public final class LoadTimeBenchmark {

    /** Runs the benchmark from the command line; see the class comment. */
    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("weft.bench.runs", 7);
        System.out.println(run(runs));
    }

    @Test
    void loadTime_parallelAndSequential() throws IOException {
        String table = run(Integer.getInteger("weft.bench.runs", 7));
        System.out.println(table);
    }

    private static String run(int runs) throws IOException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        List<String> rows = new ArrayList<>();
        try (ExampleServer app = ExampleServer.start();
                Chromium chromium = Chromium.launch()) {
            for (String path : List.of("/", "/sequential")) {
                load(chromium, app.url(path)); // warm-up, not counted
                List<Double> loaded = new ArrayList<>();
                List<Double> domReady = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    LoadTimes.ChartsLoad run = load(chromium, app.url(path));
                    loaded.add(run.chartsDrawn());
                    domReady.add(run.domContentLoaded());
                }
                rows.add(row(path, loaded, domReady));
            }
        }
        String table = String.join(
                "\n",
                "Weft example dashboard: navigation start -> 3 charts rendered (headless Chromium, ms)",
                String.format(
                        Locale.ROOT,
                        "%-12s %5s %9s %9s %9s   %s",
                        "page",
                        "runs",
                        "median",
                        "min",
                        "max",
                        "(median DOMContentLoaded)"),
                rows.get(0),
                rows.get(1),
                "Each run in a fresh browser context (new session); 1 warm-up run per page not counted.",
                "Targets: / <= 2200 ms, /sequential about 6000 ms.");
        Path out = Paths.get("target", "benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
        return table;
    }

    /** One load in a fresh context (a new session): until the 3 charts are drawn, and until DOMContentLoaded. */
    private static LoadTimes.ChartsLoad load(Chromium chromium, String url) {
        return LoadTimes.untilChartsDrawn(chromium, url, DashboardPage.SECTIONS.size(), DashboardPage.LOAD_TIMEOUT_MS);
    }

    private static String row(String path, List<Double> loaded, List<Double> domReady) {
        Timings times = Timings.of(loaded);
        return String.format(
                Locale.ROOT,
                "%-12s %5d %9.0f %9.0f %9.0f   (%.0f)",
                path,
                times.count(),
                times.median(),
                times.min(),
                times.max(),
                Timings.of(domReady).median());
    }
}
