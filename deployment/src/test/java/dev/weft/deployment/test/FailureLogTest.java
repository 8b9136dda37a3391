package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.runtime.session.FailureLog;
import io.quarkus.maven.dependency.Dependency;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A fragment that throws is reported to operators: a WARN line naming the app, the fragment, the
 * session and the exception, at most five a minute for one fragment, and a count of every failure,
 * also in Micrometer when the application has it.
 */
class FailureLogTest {

    static final int SESSIONS = 8;

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, WeftTestClient.class)
                    .addClass(FailureLogTest.class.getPackageName() + ".FailureLogTest_Broken_WeftApp"))
            // With Micrometer, failures are counted in weft.fragment.failures too.
            .setForcedDependencies(List.of(Dependency.of(
                    "io.quarkus",
                    "quarkus-micrometer-registry-prometheus-deployment",
                    System.getProperty("quarkus.version", io.quarkus.builder.Version.getVersion()))))
            .setLogRecordPredicate(record -> record.getLoggerName().equals(FailureLog.class.getName()))
            .assertLogRecords(FailureLogTest::fiveWarningsWithTheirSessions);

    @TestHTTPResource("/")
    URI base;

    @App(path = "/failure-log")
    public static class Broken {

        @Fragment
        void explodes(Ui ui) {
            throw new IllegalStateException("The data source is down");
        }
    }

    @Test
    void everyFailureIsCounted() throws Exception {
        for (int i = 0; i < SESSIONS; i++) {
            try (WeftTestClient client = WeftTestClient.connect(base)) {
                client.hello("/failure-log", null);
                assertThat(client.awaitFinished("explodes")
                                .get("explodes")
                                .get("state")
                                .asText())
                        .isEqualTo("failed");
            }
        }
        assertThat(FailureLog.count(Broken.class.getName(), "explodes")).isEqualTo(SESSIONS);
        String metrics = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics)
                .contains("weft_fragment_failures_total{app=\"" + Broken.class.getName() + "\",fragment=\"explodes\"} "
                        + SESSIONS + ".0");
    }

    /** Runs after the test, in another class loader: it sees only the records. */
    private static void fiveWarningsWithTheirSessions(List<LogRecord> records) {
        assertThat(records).hasSize(5);
        for (LogRecord record : records) {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage())
                    .matches("Fragment " + Pattern.quote(Broken.class.getName())
                            + "#explodes failed in session [0-9a-f]{8}");
            assertThat(record.getThrown())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The data source is down");
        }
    }
}
