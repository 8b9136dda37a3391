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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's limits across sessions: the bytes all sessions' uploads take are capped, an upload over
 * the cap is refused before it is received, and a file no widget value claims is deleted after the
 * expiry while a claimed one stays.
 */
class UploadServerLimitsTest {

    static final Path DIRECTORY = UploadTests.directory("weft-upload-server-limits");

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Uploader.class, WeftTestClient.class, UploadClient.class, UploadTests.class)
                            .addClass(UploadServerLimitsTest.class.getPackageName()
                                    + ".UploadServerLimitsTest_Uploader_WeftApp"))
            .overrideConfigKey("quarkus.weft.uploads.directory", DIRECTORY.toString())
            .overrideConfigKey("quarkus.weft.uploads.max-file-size", "2000")
            .overrideConfigKey("quarkus.weft.uploads.session-quota", "2500")
            .overrideConfigKey("quarkus.weft.uploads.max-total", "3000")
            .overrideConfigKey("quarkus.weft.uploads.unclaimed-expiry", "1S");

    @TestHTTPResource("/")
    URI base;

    @App(path = "/limits")
    public static class Uploader {

        @Fragment
        void files(Ui ui) {
            ui.checkbox("Again", false);
            Optional<UploadedFile> data = ui.fileUploader("Data", List.of(), 2000);
            ui.text("data="
                    + data.map(file -> file.name() + ":" + file.bytes().length).orElse("none"));
        }
    }

    @Test
    void uploadOverTheServersTotal_isRefusedBeforeItIsReceived_untilAnotherSessionFreesRoom() throws Exception {
        UploadClient.awaitFiles(DIRECTORY, 0); // another test's unclaimed files expire
        try (WeftTestClient first = WeftTestClient.connect(base);
                WeftTestClient second = WeftTestClient.connect(base)) {
            String firstUrl = uploaderUrl(first);
            String secondUrl = uploaderUrl(second);
            UploadClient.Answer kept = UploadClient.post(base, firstUrl, "one.bin", null, new byte[1600]);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(UploadTests.texts(UploadTests.apply(
                            first, "file_uploader:Data:0", kept.body().get("id"), 2)))
                    .containsExactly("data=one.bin:1600");

            UploadClient.Answer refused = UploadClient.post(base, secondUrl, "two.bin", null, new byte[1600]);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.body().get("code").asText()).isEqualTo("server_full");
            assertThat(refused.body().get("message").asText())
                    .isEqualTo("'two.bin' cannot be taken now: this server's uploads from all sessions may take 3000"
                            + " bytes at most, and that is reached. Try again later.");
            UploadClient.awaitFiles(DIRECTORY, 1);

            UploadTests.apply(first, "file_uploader:Data:0", null, 3);
            UploadClient.awaitFiles(DIRECTORY, 0);
            UploadClient.Answer taken = UploadClient.post(base, secondUrl, "two.bin", null, new byte[1600]);
            assertThat(taken.status())
                    .as("the first session's file was removed")
                    .isEqualTo(200);
        }
    }

    @Test
    void fileNoValueClaims_isDeletedAfterTheExpiry_whileAClaimedOneStays() throws Exception {
        try (WeftTestClient client = WeftTestClient.connect(base)) {
            String url = uploaderUrl(client);
            long files = UploadClient.files(DIRECTORY);
            UploadClient.Answer claimed = UploadClient.post(base, url, "kept.csv", "text/csv", bytes("a,b"));
            assertThat(UploadTests.texts(UploadTests.apply(
                            client, "file_uploader:Data:0", claimed.body().get("id"), 2)))
                    .containsExactly("data=kept.csv:3");
            UploadClient.Answer unclaimed = UploadClient.post(base, url, "never.csv", "text/csv", bytes("c,d"));
            assertThat(unclaimed.status()).isEqualTo(200);

            UploadClient.awaitFiles(DIRECTORY, files + 1);
            client.send(UploadTests.value(
                    "file_uploader:Data:0", "[\"" + unclaimed.body().get("id").asText() + "\"]", 2));
            JsonNode error = client.await(WeftTestClient.type("error"));
            assertThat(error.get("message").asText()).contains("has no uploaded file");
            client.send("{\"v\":1,\"type\":\"widget\",\"slot\":\"files\",\"id\":\"checkbox:Again:0\",\"gen\":2,"
                    + "\"value\":true}");
            JsonNode rerun = client.await(m ->
                    WeftTestClient.slot("slot", "files").test(m) && m.get("gen").asLong() == 3);
            assertThat(UploadTests.texts(rerun))
                    .as("the claimed file is still there")
                    .containsExactly("data=kept.csv:3");
            UploadTests.apply(client, "file_uploader:Data:0", null, 4);
        }
    }

    private String uploaderUrl(WeftTestClient client) throws InterruptedException {
        client.hello("/limits", null);
        JsonNode content = client.await(WeftTestClient.slot("slot", "files"));
        client.awaitFinished("files");
        return UploadClient.url(content, "file_uploader:Data:0");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
