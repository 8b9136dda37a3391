package dev.weft.deployment.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What CPU-bound fragments cost everyone else, and how close three CPU-bound parallel sections come
 * to the cores' limit. Not a test: it prints figures, and runs only with {@code -Dbench.cpu=true}:
 *
 * <pre>
 * ./mvnw -pl deployment test -Dtest=CpuFairnessBenchmark -Dbench.cpu=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ul>
 *   <li>Another session's trivial rerun (widget sent → final content received), 30 times: with no
 *       hogs; with two {@code cpu = true} hogs computing in one session; and, for contrast, with two
 *       hogs on virtual threads (no {@code cpu}), which compute for a fixed {@value #VIRTUAL_HOG_MS} ms: there
 *       the new session's first content waits for them.
 *   <li>Three sections of the same CPU work (740 ms each when alone, calibrated; {@code
 *       -Dbench.section-ms=1000} for another length): session
 *       start ({@code hello} sent) → the last one done, parallel with {@code cpu = true}, parallel on
 *       virtual threads, and sequential; against the sum of their times divided by the cores.
 * </ul>
 */
@EnabledIfSystemProperty(named = "bench.cpu", matches = "true")
class CpuFairnessBenchmark {

    static final long VIRTUAL_HOG_MS = 3000;
    /** How long one section computes when alone: {@code -Dbench.section-ms}, 740 by default. */
    static final long SECTION_MS = Long.getLong("bench.section-ms", 740);

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Echo.class, Hogs.class, VirtualHogs.class, Cpu.class, Virtual.class, Sequential.class)
            .addClasses(WeftTestClient.class)
            .addClass(generated("Echo"))
            .addClass(generated("Hogs"))
            .addClass(generated("VirtualHogs"))
            .addClass(generated("Cpu"))
            .addClass(generated("Virtual"))
            .addClass(generated("Sequential")));

    /** Set once, when the {@code cpu = true} hogs may end; the hogs on virtual threads end on their own. */
    static volatile boolean released;

    static final long FOREVER = Long.MIN_VALUE;
    static volatile long iterations = 1_000_000;
    static volatile CountDownLatch hogsStarted = new CountDownLatch(2);

    @TestHTTPResource("/")
    URI base;

    static String generated(String app) {
        return CpuFairnessBenchmark.class.getPackageName() + ".CpuFairnessBenchmark_" + app + "_WeftApp";
    }

    /** CPU work the JIT cannot drop: a random walk. */
    static long work(long n) {
        long x = n;
        for (long i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }

    static long hog(long untilNanos) {
        hogsStarted.countDown();
        long x = 0;
        while (untilNanos == FOREVER ? !released : System.nanoTime() - untilNanos < 0) {
            x += work(10_000);
        }
        return x;
    }

    @App(path = "/bench-echo")
    public static class Echo {
        @Fragment
        void echo(Ui ui) {
            ui.text("value " + ui.slider("Value", 0, 1000, 0));
        }
    }

    @App(path = "/bench-hogs")
    public static class Hogs {
        @Fragment(parallel = true, cpu = true)
        void first(Ui ui) {
            ui.text("first " + hog(FOREVER));
        }

        @Fragment(parallel = true, cpu = true)
        void second(Ui ui) {
            ui.text("second " + hog(FOREVER));
        }
    }

    @App(path = "/bench-virtual-hogs")
    public static class VirtualHogs {
        @Fragment(parallel = true)
        void first(Ui ui) {
            ui.text("first " + hog(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(VIRTUAL_HOG_MS)));
        }

        @Fragment(parallel = true)
        void second(Ui ui) {
            ui.text("second " + hog(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(VIRTUAL_HOG_MS)));
        }
    }

    @App(path = "/bench-cpu")
    public static class Cpu {
        @Fragment(parallel = true, cpu = true)
        void a(Ui ui) {
            ui.text("a " + work(iterations));
        }

        @Fragment(parallel = true, cpu = true)
        void b(Ui ui) {
            ui.text("b " + work(iterations));
        }

        @Fragment(parallel = true, cpu = true)
        void c(Ui ui) {
            ui.text("c " + work(iterations));
        }
    }

    @App(path = "/bench-virtual")
    public static class Virtual {
        @Fragment(parallel = true)
        void a(Ui ui) {
            ui.text("a " + work(iterations));
        }

        @Fragment(parallel = true)
        void b(Ui ui) {
            ui.text("b " + work(iterations));
        }

        @Fragment(parallel = true)
        void c(Ui ui) {
            ui.text("c " + work(iterations));
        }
    }

    @App(path = "/bench-sequential")
    public static class Sequential {
        @Fragment
        void a(Ui ui) {
            ui.text("a " + work(iterations));
        }

        @Fragment
        void b(Ui ui) {
            ui.text("b " + work(iterations));
        }

        @Fragment
        void c(Ui ui) {
            ui.text("c " + work(iterations));
        }
    }

    @Test
    void benchmark() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> out = new ArrayList<>();
        out.add("cores " + cores + ", load average "
                + String.format(
                        Locale.ROOT,
                        "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()));

        out.add("another session, 30 trivial reruns (ms): " + percentiles(reruns(30)) + " (no hogs)");
        released = false;
        hogsStarted = new CountDownLatch(2);
        try (WeftTestClient hogs = WeftTestClient.connect(base)) {
            hogs.hello("/bench-hogs", null);
            hogsStarted.await(60, TimeUnit.SECONDS);
            out.add("another session, 30 trivial reruns (ms): " + percentiles(reruns(30))
                    + " (two cpu = true hogs computing)");
            released = true;
            hogs.awaitFinished("first", "second");
        }
        hogsStarted = new CountDownLatch(2);
        try (WeftTestClient hogs = WeftTestClient.connect(base)) {
            hogs.hello("/bench-virtual-hogs", null);
            hogsStarted.await(60, TimeUnit.SECONDS);
            out.add("another session, 1 trivial rerun (ms): " + percentiles(reruns(1))
                    + " (two hogs on virtual threads, " + VIRTUAL_HOG_MS + " ms each)");
            hogs.awaitFinished("first", "second");
        }

        calibrate();
        work(iterations); // warm
        long oneAlone = timeMillis(() -> work(iterations));
        out.add("one section alone: " + oneAlone + " ms; sum of three / " + cores + " cores = " + (3 * oneAlone / cores)
                + " ms; sum = " + 3 * oneAlone + " ms");
        for (int i = 0; i < 2; i++) {
            long plain = timeMillis(CpuFairnessBenchmark::plainThreads);
            out.add(String.format(
                    Locale.ROOT,
                    "%-18s the same three sections on plain platform threads, no Weft: %5d ms, %.2f x sum/cores",
                    "(baseline)",
                    plain,
                    plain / (3.0 * oneAlone / cores)));
        }
        for (String path : List.of(
                "/bench-cpu",
                "/bench-virtual",
                "/bench-sequential",
                "/bench-cpu",
                "/bench-virtual",
                "/bench-sequential")) {
            long[] took = sections(path);
            out.add(String.format(
                    Locale.ROOT,
                    "%-18s hello -> last done %5d ms (server: first start -> last end %5d ms), %.2f x sum/cores",
                    path,
                    took[0],
                    took[1],
                    took[1] / (3.0 * oneAlone / cores)));
        }
        String report = String.join("\n", out);
        System.out.println("\n==== CpuFairnessBenchmark ====\n" + report + "\n====");
    }

    /** The three sections' work on three plain platform threads: what the machine allows right now. */
    private static void plainThreads() {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            threads.add(Thread.ofPlatform().start(() -> work(iterations)));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void calibrate() {
        work(20_000_000); // warm up the JIT
        long n = 20_000_000;
        long millis = Math.max(1, timeMillis(() -> work(20_000_000)));
        iterations = n * SECTION_MS / millis;
    }

    private static long timeMillis(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Session start to the last section done: on the client's clock, and on the server's (status timestamps). */
    private long[] sections(String path) throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            long start = System.nanoTime();
            client.hello(path, null);
            var finished = client.awaitFinished("a", "b", "c");
            long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long first = Long.MAX_VALUE;
            long last = 0;
            StringBuilder each = new StringBuilder();
            for (JsonNode status : finished.values()) {
                each.append(' ').append(status.get("durationMs").asLong());
                first = Math.min(first, status.get("startedAt").asLong());
                last = Math.max(last, status.get("endedAt").asLong());
            }
            System.out.println(path + " sections took (ms):" + each);
            return new long[] {wall, last - first};
        }
    }

    /** A new session's first content, then {@code count} reruns; the first figure is the first content's. */
    private List<Double> reruns(int count) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            long opened = System.nanoTime();
            client.hello("/bench-echo", null);
            JsonNode first = client.await(WeftTestClient.slot("slot", "echo"));
            millis.add((System.nanoTime() - opened) / 1e6);
            String widget = first.at("/elements/0/id").asText();
            for (int i = 1; i <= count; i++) {
                String expected = "value " + i;
                long start = System.nanoTime();
                client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"echo\",\"id\":\"" + widget + "\",\"gen\":"
                        + first.get("gen").asLong() + ",\"value\":" + i + "}");
                client.await(m -> WeftTestClient.slot("slot", "echo").test(m)
                        && m.at("/elements/1/text").asText().equals(expected));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    /** The first content's time, then percentiles of the reruns'. */
    private static String percentiles(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis.subList(1, millis.size()));
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "new session's first content %.1f; rerun p50 %.1f, p90 %.1f, max %.1f",
                millis.get(0),
                sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 9 / 10)),
                sorted.get(sorted.size() - 1));
    }
}
