package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A setting under its name of earlier releases ({@code weft.frame-ancestors}) still takes effect, and
 * start-up warns once, naming its new name ({@code quarkus.weft.frame-ancestors}).
 */
class OldConfigNamesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Framed.class)
                    .addClass(OldConfigNamesTest.class.getPackageName() + ".OldConfigNamesTest_Framed_WeftApp"))
            .overrideConfigKey("weft.frame-ancestors", "'self' https://portal.example.com")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getMessage() != null
                    && record.getMessage().contains("quarkus.weft"))
            .assertLogRecords(
                    records -> assertThat(records).singleElement().satisfies(record -> assertThat(record.getMessage())
                            .contains("weft.frame-ancestors -> quarkus.weft.frame-ancestors")));

    @TestHTTPResource("/")
    URI base;

    @App(path = "/framed")
    public static class Framed {

        @Fragment
        void hello(Ui ui) {
            ui.text("hello");
        }
    }

    @Test
    void anOldName_stillTakesEffect() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/framed")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue("frame-ancestors 'self' https://portal.example.com");
    }
}
