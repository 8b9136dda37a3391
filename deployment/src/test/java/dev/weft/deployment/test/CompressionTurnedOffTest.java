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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An app that sets {@code quarkus.http.enable-compression=false} gets its assets plain: Weft's default yields. */
class CompressionTurnedOffTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Board.class)
                    .addClass(CompressionTurnedOffTest.class.getPackageName()
                            + ".CompressionTurnedOffTest_Board_WeftApp"))
            .overrideConfigKey("quarkus.http.enable-compression", "false");

    @TestHTTPResource("/")
    URI base;

    @App(title = "Board", path = "/plain-board")
    public static class Board {

        @Fragment
        void total(Ui ui) {
            ui.text("42");
        }
    }

    @Test
    void clientScript_askedWithGzip_comesPlain() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/_weft/weft.js"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-encoding").orElse("identity"))
                .isEqualTo("identity");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("window.weft=");
    }
}
