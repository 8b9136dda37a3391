package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.FileToUpload;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session's uploaded files are deleted when the session ends, and each session has its own. */
class UploadSessionEndTest {

    static final Path DIRECTORY = UploadTests.directory("weft-upload-session-end");

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Keeper.class, UploadClient.class, UploadTests.class)
                    .addClass(UploadSessionEndTest.class.getPackageName() + ".UploadSessionEndTest_Keeper_WeftApp"))
            .overrideConfigKey("quarkus.weft.uploads.directory", DIRECTORY.toString());

    @Inject
    AppTester tester;

    @App(path = "/keeper")
    public static class Keeper {

        @Fragment
        void keep(Ui ui) {
            ui.text(ui.fileUploader("Photos", List.of(), 1000, 5).size() + " files");
        }
    }

    @Test
    void sessionEnds_itsFilesAreDeleted_andOtherSessionsKeepTheirs() throws Exception {
        long before = UploadClient.files(DIRECTORY);
        try (AppSession other = tester.open("/keeper").awaitIdle()) {
            other.slot("keep").widget("Photos").set(FileToUpload.of("mine.txt", "text/plain", bytes("mine")));
            other.awaitIdle();
            try (AppSession app = tester.open("/keeper").awaitIdle()) {
                app.slot("keep")
                        .widget("Photos")
                        .set(List.of(
                                FileToUpload.of("a.txt", "text/plain", bytes("a")),
                                FileToUpload.of("b.txt", "text/plain", bytes("b"))));
                app.awaitIdle();
                assertThat(app.slot("keep").texts()).containsExactly("2 files");
                UploadClient.awaitFiles(DIRECTORY, before + 3);
            }
            UploadClient.awaitFiles(DIRECTORY, before + 1);
            assertThat(other.slot("keep").texts()).containsExactly("1 files");
        }
        UploadClient.awaitFiles(DIRECTORY, before);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
