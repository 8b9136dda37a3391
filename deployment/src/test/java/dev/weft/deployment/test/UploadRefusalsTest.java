package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.UploadedFile;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An upload the uploader could not take is refused with a clear message — too large (by its announced
 * length or as it streams), of a type it does not take, not what its extension says, over the server's
 * cap or the session's quota, to a disabled uploader, from another site — and nothing is kept.
 */
class UploadRefusalsTest {

    static final Path DIRECTORY = UploadTests.directory("weft-upload-refusals");

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(
                            Uploader.class, WeftTestClient.class, UploadClient.class, UploadTests.class)
                    .addClass(UploadRefusalsTest.class.getPackageName() + ".UploadRefusalsTest_Uploader_WeftApp"))
            .overrideConfigKey("quarkus.weft.uploads.directory", DIRECTORY.toString())
            .overrideConfigKey("quarkus.weft.uploads.max-file-size", "2000")
            .overrideConfigKey("quarkus.weft.uploads.session-quota", "3000");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/refusals")
    public static class Uploader {

        @Fragment
        void files(Ui ui) {
            Optional<UploadedFile> data = ui.fileUploader("Data", List.of(".CSV", "image/*"), 1000);
            ui.text("data=" + data.map(UploadedFile::name).orElse("none"));
            ui.fileUploader("Big", List.of(), 10_000, 3);
            ui.disabled().fileUploader("Locked", List.of(), 100);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            too large by its length    | Data   | big.csv   | text/csv         | 1001 | length  |     | 413 | too_large        | 'big.csv' is 1001 bytes; 'Data' takes files up to 1000 bytes.
            too large as it streams    | Data   | big.csv   | text/csv         | 1500 | chunked |     | 413 | too_large        | 'big.csv' is larger than 'Data' takes: files up to 1000 bytes.
            over the server's cap      | Big    | huge.bin  |                  | 2500 | length  |     | 413 | too_large        | takes files up to 2000 bytes
            a type it does not take    | Data   | notes.txt | text/plain       | 10   | length  |     | 415 | bad_type         | 'notes.txt' is not a file type 'Data' takes: it takes CSV or image files.
            sent as another type       | Data   | data.csv  | text/html        | 10   | length  |     | 415 | bad_type         | 'data.csv' was sent as text/html, which is not the type of a CSV file (text/csv).
            not what its name says     | Data   | fake.png  | image/png        | 10   | length  |     | 415 | bad_type         | 'fake.png' is not a PNG file: its content does not match its extension.
            a disabled uploader        | Locked | a.csv     | text/csv         | 10   | length  |     | 403 | disabled         | 'Locked' is disabled.
            without a name             | Data   |           | text/csv         | 10   | length  |     | 400 | bad_request      | X-Weft-File-Name
            from another site          | Data   | a.csv     | text/csv         | 10   | length  | evil | 403 | forbidden_origin | this app's own pages
            """)
    void badUpload_isRefusedWithAClearMessage_andNothingIsKept(
            String name,
            String uploader,
            String file,
            String type,
            int size,
            String how,
            String origin,
            int status,
            String code,
            String message)
            throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/refusals", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "files"));
            client.awaitFinished("files");
            long files = UploadClient.files(DIRECTORY); // other sessions' files stay until their sessions end
            String url = UploadClient.url(content, "file_uploader:" + uploader + ":0");
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) 'x');
            HttpRequest.BodyPublisher body = how.equals("chunked")
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes);
            UploadClient.Answer answer = UploadClient.send(
                    base, url, file, type, body, origin == null ? null : "https://evil.example.com", "POST");

            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.body().get("code").asText()).isEqualTo(code);
            assertThat(answer.body().get("message").asText()).contains(message);
            UploadClient.awaitFiles(DIRECTORY, files);

            // Nothing was kept and no quota is held: a good file goes through, and the slot only changes then.
            UploadClient.Answer good = UploadClient.post(
                    base,
                    UploadClient.url(content, "file_uploader:Data:0"),
                    "ok.csv",
                    "text/csv",
                    "a,b".getBytes(StandardCharsets.UTF_8));
            assertThat(good.status()).isEqualTo(200);
            JsonNode shown = UploadTests.apply(
                    client, "file_uploader:Data:0", good.body().get("id"), 2);
            assertThat(UploadTests.texts(shown)).containsExactly("data=ok.csv");
        }
    }

    @Test
    void theServersCap_isTheUploadersLimit_andTheSessionsQuotaHoldsEveryFile() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/refusals", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "files"));
            client.awaitFinished("files");
            long files = UploadClient.files(DIRECTORY);
            assertThat(content.toString()).contains("\"label\":\"Big\"").contains("\"maxSize\":2000,\"maxFiles\":3");
            String big = UploadClient.url(content, "file_uploader:Big:0");

            assertThat(UploadClient.post(base, big, "one.bin", null, new byte[1900])
                            .status())
                    .isEqualTo(200);
            UploadClient.Answer second = UploadClient.post(base, big, "two.bin", null, new byte[1900]);
            assertThat(second.status()).isEqualTo(413);
            assertThat(second.body().get("code").asText()).isEqualTo("quota");
            assertThat(second.body().get("message").asText())
                    .isEqualTo("'two.bin' does not fit: this session's uploads may take 3000 bytes at most, and"
                            + " already take 1900 bytes. Remove a file first.");
            UploadClient.awaitFiles(DIRECTORY, files + 1);
            assertThat(UploadClient.post(base, big, "three.bin", null, new byte[1000])
                            .status())
                    .isEqualTo(200);
        }
    }
}
