package dev.weft.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The Maven project {@code weft run} keeps for a single-file app, in {@code .weft/<ClassName>/}
 * beside the file: the template's POM with the file's {@code //DEPS}, the Maven wrapper, and the
 * user's file linked (a symbolic link) into {@code src/main/java} at its package's place, so that
 * Quarkus dev mode sees every save. Where no link can be made (Windows without the right), the file
 * is copied, and {@link #sync} copies it again after each save.
 */
final class HiddenProject {

    private final ProjectTemplate template;
    private final Path dir;
    private boolean copied;
    private SourceFile linked;

    private HiddenProject(ProjectTemplate template, Path dir) {
        this.template = template;
        this.dir = dir;
    }

    /** The hidden project of {@code source}: {@code .weft/<ClassName>} in the file's directory. */
    static HiddenProject of(ProjectTemplate template, SourceFile source) {
        return new HiddenProject(
                template, source.path().getParent().resolve(".weft").resolve(source.className()));
    }

    Path dir() {
        return dir;
    }

    /** Writes the POM and the wrapper, and links the file in; an earlier run's sources are replaced. */
    void prepare(SourceFile source) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.getParent().resolve(".gitignore"), "# weft run's hidden projects\n*\n");
        template.writeWrapper(dir);
        writePom(source);
        deleteTree(dir.resolve("src/main/java"));
        link(source);
    }

    /** Brings the project up to date with the saved file: a copy, a moved package, changed {@code //DEPS}. */
    void sync(SourceFile source) throws IOException {
        if (!source.dependencies().equals(linked.dependencies())) {
            writePom(source); // Quarkus dev mode restarts when the POM changes
        }
        if (!source.packageName().equals(linked.packageName())) {
            Files.deleteIfExists(sourceTarget(linked));
            link(source);
        } else if (copied) {
            Files.copy(source.path(), sourceTarget(source), StandardCopyOption.REPLACE_EXISTING);
        }
        linked = source;
    }

    /** Whether the file is copied rather than linked. */
    boolean copied() {
        return copied;
    }

    private void writePom(SourceFile source) throws IOException {
        String artifactId =
                "weft-run-" + source.className().toLowerCase(Locale.ROOT).replace('$', '-');
        Files.writeString(dir.resolve("pom.xml"), template.pom("weft.run", artifactId, source.dependencies()));
    }

    private void link(SourceFile source) throws IOException {
        Path target = sourceTarget(source);
        Files.createDirectories(target.getParent());
        try {
            Files.createSymbolicLink(target, source.path());
        } catch (UnsupportedOperationException | IOException e) {
            copied = true;
            Files.copy(source.path(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        linked = source;
    }

    private Path sourceTarget(SourceFile source) {
        return dir.resolve("src/main/java").resolve(source.sourcePath());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file); // a link is deleted, never what it points to
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
