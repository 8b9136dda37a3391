package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page's scripts and styles travel compressed when the browser asks for it (as every browser
 * does), and plain when it does not: Weft turns on Quarkus's HTTP compression by default.
 */
class CompressedAssetsTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Board.class)
            .addClass(CompressedAssetsTest.class.getPackageName() + ".CompressedAssetsTest_Board_WeftApp"));

    @TestHTTPResource("/")
    URI base;

    @App(title = "Board", path = "/compressed-assets")
    public static class Board {

        @Fragment
        void total(Ui ui) {
            ui.text("42");
        }
    }

    @Test
    void clientScript_askedWithGzip_comesCompressedAndDecodesToTheSameBytes() throws Exception {
        assertCompressedOnRequest("/_weft/weft.js");
    }

    @Test
    void clientStyles_askedWithGzip_comeCompressed() throws Exception {
        assertCompressedOnRequest("/_weft/weft.css");
    }

    @Test
    void chartLibrary_askedWithGzip_comesCompressedAndAFractionOfItsSize() throws Exception {
        String url = libraryUrl("echarts");
        HttpResponse<byte[]> plain = get(url, null);
        HttpResponse<byte[]> gzipped = get(url, "gzip, deflate, br, zstd");
        assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }

    private void assertCompressedOnRequest(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path, null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("content-encoding").orElse("identity"))
                .isEqualTo("identity");
        byte[] file = resource("META-INF/resources" + path);
        assertThat(plain.body())
                .as("served without Accept-Encoding: the file as it is")
                .isEqualTo(file);

        HttpResponse<byte[]> gzipped = get(path, "gzip");
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(file);
    }

    /** The URL the page's import map gives {@code library}. */
    private String libraryUrl(String library) throws Exception {
        String page = new String(get("/compressed-assets", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        int at = page.indexOf("\"" + library + "\":\"");
        assertThat(at).as(library + " in the import map").isPositive();
        return page.substring(at + library.length() + 4, page.indexOf('"', at + library.length() + 4));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
