package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path parent;

    private final NewCommand command =
            new NewCommand(ProjectTemplate.load(), new PrintStream(new ByteArrayOutputStream()));

    @Test
    void newProject_hasTheAppItsTestTheWrapperAndAReadme() throws IOException {
        Path dir = command.create(parent, "sales-board", "com.example.sales");

        assertThat(Files.readString(dir.resolve("src/main/java/com/example/sales/SalesBoard.java")))
                .startsWith("package com.example.sales;")
                .contains("@App(title = \"Sales board\", path = \"/\")")
                .contains("public class SalesBoard {");
        assertThat(Files.readString(dir.resolve("src/test/java/com/example/sales/SalesBoardTest.java")))
                .contains("class SalesBoardTest")
                .contains("AppTester tester");
        assertThat(Files.readString(dir.resolve("pom.xml")))
                .contains("<groupId>com.example.sales</groupId>")
                .contains("<artifactId>sales-board</artifactId>");
        assertThat(dir.resolve("mvnw")).isExecutable();
        assertThat(Files.readString(dir.resolve("README.md")))
                .contains("./mvnw quarkus:dev")
                .contains("./mvnw test");
    }

    @Test
    void aProjectThatExists_orABadName_isRefused() throws IOException {
        Files.writeString(Files.createDirectories(parent.resolve("taken")).resolve("x"), "");

        assertThatThrownBy(() -> command.create(parent, "taken", "org.acme"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> command.create(parent, "My Board", "org.acme"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("cannot name a project");
        assertThatThrownBy(() -> command.create(parent, "board", "org.Acme-1"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not a Java package name");
    }
}
