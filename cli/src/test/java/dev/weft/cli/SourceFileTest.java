package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    private static final Path FILE = Path.of("/tmp/Dash.java");

    @Test
    void packageAndDeps_areRead_andTheFileGoesUnderItsPackage() {
        SourceFile source = SourceFile.parse(FILE, "Dash", """
                ///usr/bin/env jbang "$0" "$@" ; exit $?
                //DEPS org.duckdb:duckdb_jdbc:1.5.6.0
                //DEPS io.quarkus:quarkus-rest, org.dflib:dflib:1.2.0
                //JAVA 21
                /* package not.this; */
                // package nor.this;
                package org.acme.sales;

                class Dash {}
                """);

        assertThat(source.packageName()).isEqualTo("org.acme.sales");
        assertThat(source.sourcePath()).isEqualTo("org/acme/sales/Dash.java");
        assertThat(source.dependencies())
                .containsExactly(
                        new Dependency("org.duckdb", "duckdb_jdbc", "1.5.6.0", "", "jar"),
                        new Dependency("io.quarkus", "quarkus-rest", "", "", "jar"),
                        new Dependency("org.dflib", "dflib", "1.2.0", "", "jar"));
        assertThat(source.ignored()).containsExactly("//JAVA");
    }

    @Test
    void noPackage_isTheUnnamedPackage() {
        SourceFile source = SourceFile.parse(FILE, "Dash", "import dev.weft.App;\n@App class Dash {}\n");

        assertThat(source.packageName()).isEmpty();
        assertThat(source.sourcePath()).isEqualTo("Dash.java");
    }

    @Test
    void aBomIsImported_andABrokenCoordinateIsNamed() {
        assertThat(Dependency.parse("org.acme:acme-bom:2.0@pom").isBom()).isTrue();
        assertThatThrownBy(() -> SourceFile.parse(FILE, "Dash", "//DEPS duckdb\n"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("//DEPS duckdb is not a dependency");
    }

    @Test
    void aFileThatIsNotJava_isRefused() {
        assertThatThrownBy(() -> SourceFile.read(Path.of("app.py")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not a Java source file");
    }
}
