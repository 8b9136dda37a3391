package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProjectTemplateTest {

    private final ProjectTemplate template = ProjectTemplate.load();

    @Test
    void pom_configuresTheProcessorAsTheReadmeTellsUsers() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String install = readme.substring(readme.indexOf("## Install"));
        String pom = template.pom("org.acme", "demo", List.of());

        assertThat(squeeze(pom)).contains(squeeze(block(install, "annotationProcessorPaths")));
        assertThat(squeeze(pom)).contains("<artifactId>weft</artifactId><version>${weft.version}</version>");
        assertThat(pom)
                .contains("<quarkus.platform.artifact-id>quarkus-bom</quarkus.platform.artifact-id>")
                .contains("<quarkus.platform.version>3.32.1</quarkus.platform.version>")
                .doesNotContain("{{");
    }

    @Test
    void deps_becomeDependencies_andBomsAreImported() {
        String pom = template.pom(
                "weft.run",
                "weft-run-dash",
                List.of(Dependency.parse("org.duckdb:duckdb_jdbc:1.5.6.0"), Dependency.parse("org.acme:bom:2@pom")));

        assertThat(squeeze(pom))
                .contains("<dependency><groupId>org.duckdb</groupId><artifactId>duckdb_jdbc</artifactId>"
                        + "<version>1.5.6.0</version></dependency>")
                .contains("<artifactId>bom</artifactId><version>2</version><type>pom</type><scope>import</scope>");
    }

    @Test
    void wrapper_isWrittenWithItsRunBit() throws IOException {
        Path dir = Files.createTempDirectory("weft-wrapper");
        template.writeWrapper(dir);

        assertThat(dir.resolve("mvnw")).isExecutable();
        assertThat(dir.resolve("mvnw.cmd")).exists();
        assertThat(Files.readString(dir.resolve(".mvn/wrapper/maven-wrapper.properties")))
                .contains("apache-maven-3.9.12");
    }

    private static String block(String text, String element) {
        Matcher matcher =
                Pattern.compile("(?s)<" + element + ">.*?</" + element + ">").matcher(text);
        assertThat(matcher.find()).as("the README shows <%s>", element).isTrue();
        return matcher.group();
    }

    private static String squeeze(String xml) {
        return xml.replaceAll("<!--.*?-->", "").replaceAll(">\\s+<", "><").strip();
    }
}
