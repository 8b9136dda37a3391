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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files travel over real HTTP to the upload endpoint, bound to their session and uploader by the
 * uploader's token; the uploader's value, over the WebSocket, refers to them. A file is kept until its
 * uploader no longer holds it, and deleted then.
 */
class UploadTest {

    static final Path DIRECTORY = UploadTests.directory("weft-upload-test");

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Uploader.class, WeftTestClient.class, UploadClient.class, UploadTests.class)
                            .addClass(UploadTest.class.getPackageName() + ".UploadTest_Uploader_WeftApp"))
            .overrideConfigKey("quarkus.weft.uploads.directory", DIRECTORY.toString());

    @TestHTTPResource("/")
    URI base;

    @App(path = "/upload")
    public static class Uploader {

        @Fragment
        void files(Ui ui) {
            if (ui.checkbox("Show", true)) {
                Optional<UploadedFile> data = ui.fileUploader("Data", List.of("csv", "image/png"), 1000);
                ui.text(data.map(file -> file.name() + "|" + file.type() + "|" + file.size() + "|"
                                + new String(file.bytes(), StandardCharsets.UTF_8))
                        .orElse("none"));
            }
            List<UploadedFile> many = ui.fileUploader("Many", List.of(), 100, 2);
            ui.text("many=" + many.stream().map(UploadedFile::name).toList());
        }
    }

    @Test
    void upload_thenValue_theFragmentReadsTheFile_andReplacedOrRemovedFilesAreDeleted() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/upload", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "files"));
            client.awaitFinished("files");
            long files = UploadClient.files(DIRECTORY); // other sessions' files stay until their sessions end
            String url = UploadClient.url(content, "file_uploader:Data:0");
            assertThat(url).matches("/_weft/upload/[0-9a-f]{32}");
            assertThat(content.toString())
                    .contains("\"accept\":[\".csv\",\"image/png\"],\"maxSize\":1000,\"maxFiles\":1");

            UploadClient.Answer first = UploadClient.post(base, url, "sales 2024.csv", "text/csv", bytes("x,y\n1,2"));
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body().get("name").asText()).isEqualTo("sales 2024.csv");
            assertThat(first.body().get("type").asText()).isEqualTo("text/csv");
            assertThat(first.body().get("size").asLong()).isEqualTo(7);
            UploadClient.awaitFiles(DIRECTORY, files + 1);

            JsonNode shown = UploadTests.apply(
                    client, "file_uploader:Data:0", first.body().get("id"), 2);
            assertThat(UploadTests.texts(shown)).contains("sales 2024.csv|text/csv|7|x,y\n1,2");
            assertThat(shown.toString())
                    .contains("\"value\":[{\"id\":\"" + first.body().get("id").asText()
                            + "\",\"name\":\"sales 2024.csv\",\"size\":7,\"type\":\"text/csv\"}]");

            // Replaced: the first file is deleted.
            UploadClient.Answer second = UploadClient.post(base, url, "dot.png", "image/png", UploadTests.PNG);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body().get("type").asText()).isEqualTo("image/png");
            UploadTests.apply(client, "file_uploader:Data:0", second.body().get("id"), 3);
            UploadClient.awaitFiles(DIRECTORY, files + 1);

            // Removed by the user: deleted.
            JsonNode removed = UploadTests.apply(client, "file_uploader:Data:0", null, 4);
            assertThat(UploadTests.texts(removed)).contains("none");
            UploadClient.awaitFiles(DIRECTORY, files);

            // Not drawn any more: its files are deleted and its token is no longer valid.
            UploadClient.Answer third = UploadClient.post(base, url, "c.csv", null, bytes("c"));
            UploadTests.apply(client, "file_uploader:Data:0", third.body().get("id"), 5);
            UploadClient.awaitFiles(DIRECTORY, files + 1);
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"files\",\"id\":\"checkbox:Show:0\",\"gen\":5,"
                    + "\"value\":false}");
            client.await(m ->
                    WeftTestClient.slot("slot", "files").test(m) && m.get("gen").asLong() == 6);
            UploadClient.awaitFiles(DIRECTORY, files);
            UploadClient.Answer gone = UploadClient.post(base, url, "d.csv", "text/csv", bytes("d"));
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.body().get("code").asText()).isEqualTo("unknown_upload");
        }
    }

    @Test
    void severalFiles_upToTheMost_inTheOrderAdded() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/upload", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "files"));
            client.awaitFinished("files");
            long files = UploadClient.files(DIRECTORY);
            String url = UploadClient.url(content, "file_uploader:Many:0");
            String a = UploadClient.post(base, url, "a.bin", null, bytes("a"))
                    .body()
                    .get("id")
                    .asText();
            String b = UploadClient.post(base, url, "b.txt", "text/plain", bytes("b"))
                    .body()
                    .get("id")
                    .asText();
            String c = UploadClient.post(base, url, "c.txt", "text/plain", bytes("c"))
                    .body()
                    .get("id")
                    .asText();

            client.send(UploadTests.value("file_uploader:Many:0", "[\"" + b + "\",\"" + a + "\",\"" + c + "\"]", 1));
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("message").asText()).contains("holds at most 2 files");

            client.send(UploadTests.value("file_uploader:Many:0", "[\"" + b + "\",\"" + a + "\"]", 1));
            JsonNode shown = client.await(m ->
                    WeftTestClient.slot("slot", "files").test(m) && m.get("gen").asLong() == 2);
            assertThat(UploadTests.texts(shown)).contains("many=[b.txt, a.bin]");
            // c was uploaded after the files taken, so it may still be on its way into the value: kept.
            UploadClient.awaitFiles(DIRECTORY, files + 3);

            client.send(UploadTests.value("file_uploader:Many:0", "[\"" + c + "\"]", 2));
            client.await(m ->
                    WeftTestClient.slot("slot", "files").test(m) && m.get("gen").asLong() == 3);
            UploadClient.awaitFiles(DIRECTORY, files + 1);
        }
    }

    @Test
    void anUploadOfAnotherUploader_isNotThisOnesValue() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            client.hello("/upload", null);
            JsonNode content = client.await(WeftTestClient.slot("slot", "files"));
            client.awaitFinished("files");
            String id = UploadClient.post(
                            base, UploadClient.url(content, "file_uploader:Many:0"), "a.csv", null, bytes("a"))
                    .body()
                    .get("id")
                    .asText();
            client.send(UploadTests.value("file_uploader:Data:0", "[\"" + id + "\"]", 1));
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("code").asText()).isEqualTo("bad_value");
            assertThat(error.get("message").asText()).contains("'Data' has no uploaded file");
        }
    }

    @Test
    void notAPost_orNoSuchToken_isRefused() throws Exception {
        UploadClient.Answer get = UploadClient.send(
                base, "/_weft/upload/0123", "a.csv", null, HttpRequest.BodyPublishers.noBody(), null, "GET");
        assertThat(get.status()).isEqualTo(405);
        UploadClient.Answer unknown = UploadClient.post(base, "/_weft/upload/0123", "a.csv", "text/csv", bytes("a"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("message").asText()).contains("Reload the page");
        assertThat(Files.exists(DIRECTORY)).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
