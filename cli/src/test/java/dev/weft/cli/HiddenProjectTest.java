package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HiddenProjectTest {

    @TempDir
    Path dir;

    @Test
    void fileIsLinkedAtItsPackagesPlace_andFollowedWhenItsPackageOrDepsChange() throws IOException {
        Path file = dir.resolve("Board.java");
        Files.writeString(file, "package org.acme;\nclass Board {}\n");
        SourceFile source = SourceFile.read(file);
        HiddenProject project = HiddenProject.of(ProjectTemplate.load(), source);

        project.prepare(source);

        Path hidden = dir.resolve(".weft/Board");
        assertThat(project.dir()).isEqualTo(hidden);
        Path linked = hidden.resolve("src/main/java/org/acme/Board.java");
        assertThat(Files.isSymbolicLink(linked)).isTrue();
        assertThat(linked).hasContent("package org.acme;\nclass Board {}");
        assertThat(hidden.resolve("mvnw")).isExecutable();
        assertThat(Files.readString(hidden.resolve("pom.xml"))).contains("<artifactId>weft-run-board</artifactId>");
        assertThat(dir.resolve(".weft/.gitignore")).hasContent("# weft run's hidden projects\n*");

        Files.writeString(file, "//DEPS org.dflib:dflib:1.2.0\npackage org.acme.sales;\nclass Board {}\n");
        project.sync(SourceFile.read(file));

        assertThat(linked).doesNotExist();
        assertThat(hidden.resolve("src/main/java/org/acme/sales/Board.java"))
                .hasContent(Files.readString(file).strip());
        assertThat(Files.readString(hidden.resolve("pom.xml"))).contains("<artifactId>dflib</artifactId>");
    }

    @Test
    void aSecondRun_replacesTheSourcesOfTheFirst() throws IOException {
        Path file = dir.resolve("Board.java");
        Files.writeString(file, "package org.acme;\nclass Board {}\n");
        HiddenProject.of(ProjectTemplate.load(), SourceFile.read(file)).prepare(SourceFile.read(file));

        Files.writeString(file, "class Board {}\n"); // now in the unnamed package
        SourceFile moved = SourceFile.read(file);
        HiddenProject.of(ProjectTemplate.load(), moved).prepare(moved);

        assertThat(dir.resolve(".weft/Board/src/main/java/org")).doesNotExist();
        assertThat(dir.resolve(".weft/Board/src/main/java/Board.java")).exists();
        assertThat(file).exists();
    }
}
