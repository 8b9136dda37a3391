package dev.weft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one template of a Weft project, shared by {@code weft new} and the hidden project of {@code
 * weft run}: the POM (Quarkus BOM, the weft extension, the processor as the README's Install section
 * shows), the Maven wrapper, the example app, its test and README. Placeholders read {@code
 * {{name}}}; Maven's own {@code ${...}} are left to Maven.
 */
final class ProjectTemplate {

    private static final String ROOT = "/dev/weft/cli/template/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final List<String> WRAPPER = List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties");

    private final String weftVersion;
    private final String quarkusVersion;

    private ProjectTemplate(String weftVersion, String quarkusVersion) {
        this.weftVersion = weftVersion;
        this.quarkusVersion = quarkusVersion;
    }

    /** The template with the versions of Weft and Quarkus this command was built with. */
    static ProjectTemplate load() {
        Properties versions = new Properties();
        try (InputStream in = ProjectTemplate.class.getResourceAsStream("/dev/weft/cli/versions.properties")) {
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProjectTemplate(versions.getProperty("weft.version"), versions.getProperty("quarkus.version"));
    }

    String weftVersion() {
        return weftVersion;
    }

    String quarkusVersion() {
        return quarkusVersion;
    }

    /** The POM of a project {@code groupId:artifactId} with the extra {@code dependencies} (BOMs imported). */
    String pom(String groupId, String artifactId, List<Dependency> dependencies) {
        StringBuilder managed = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (Dependency dependency : dependencies) {
            if (dependency.isBom()) {
                managed.append(dependency.toXml("      "));
            } else {
                plain.append(dependency.toXml("    "));
            }
        }
        return render(
                "pom.xml",
                Map.of(
                        "groupId", groupId,
                        "artifactId", artifactId,
                        "quarkusVersion", quarkusVersion,
                        "weftVersion", weftVersion,
                        "managedDependencies", managed.toString(),
                        "dependencies", plain.toString()));
    }

    /** The template file {@code name} with its placeholders replaced by {@code values}. */
    String render(String name, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text(name));
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {{" + placeholder.group(1) + "}} in " + name);
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(out).toString();
    }

    /** Writes the Maven wrapper ({@code mvnw}, {@code mvnw.cmd}, {@code .mvn/wrapper}) into {@code dir}. */
    void writeWrapper(Path dir) throws IOException {
        for (String file : WRAPPER) {
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text("wrapper/" + file));
        }
        Path mvnw = dir.resolve("mvnw");
        if (mvnw.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static String text(String name) {
        try (InputStream in = ProjectTemplate.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The weft command is missing its template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
