package dev.weft.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code weft new}, then the steps of the new project's own README, as a new user takes them. */
class NewProjectIT {

    @Test
    void newProject_passesItsOwnTests_withItsOwnWrapper() throws Exception {
        Path work = Files.createDirectories(WeftCommand.WORK.resolve("new"));
        Path project = work.resolve("my-dashboard");
        deleteIfPresent(project);

        try (WeftCommand weft = WeftCommand.weft(
                work, work.resolve("weft-new.log"), "new", "my-dashboard", "--package", "org.acme.board")) {
            assertThat(weft.waitFor(60)).as(weft.logText()).isZero();
        }
        Path app = project.resolve("src/main/java/org/acme/board/MyDashboard.java");
        assertThat(app).exists();
        assertThat(Files.readString(project.resolve("README.md"))).contains("./mvnw test");

        try (WeftCommand test = WeftCommand.start(
                project,
                work.resolve("mvnw-test.log"),
                List.of(project.resolve("mvnw").toString(), "test"))) {
            int exit = test.waitFor(300);
            String log = test.logText();
            assertThat(exit).as(log).isZero();
            assertThat(log)
                    .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
                    .contains("BUILD SUCCESS");
        }
    }

    private static void deleteIfPresent(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
