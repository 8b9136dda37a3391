package dev.weft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code weft run} reads of a single-file app: its class (the file's name), its package (the
 * {@code package} declaration, or the unnamed package) and its {@code //DEPS} lines.
 *
 * @param path the file, absolute
 * @param className the top-level class, named as the file
 * @param packageName its package, empty for the unnamed package
 * @param dependencies the {@code //DEPS} dependencies and BOMs, in the file's order
 * @param ignored the JBang directives other than {@code //DEPS} that {@code weft run} does not read
 */
record SourceFile(
        Path path, String className, String packageName, List<Dependency> dependencies, List<String> ignored) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern DIRECTIVE = Pattern.compile("^//([A-Z_]+)(\\s+(.*))?$");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** Reads {@code path}, or throws {@link UsageException} saying what is wrong with it. */
    static SourceFile read(Path path) {
        Path file = path.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        if (!name.endsWith(".java")) {
            throw new UsageException(
                    path + " is not a Java source file: weft run takes a file such as Dashboard.java.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(path + " does not exist.");
        }
        String className = name.substring(0, name.length() - ".java".length());
        if (!JAVA_NAME.matcher(className).matches()) {
            throw new UsageException(name + " cannot hold a Java class: its name must be a Java identifier.");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("Could not read " + path + ": " + e.getMessage());
        }
        return parse(file, className, text);
    }

    /** Parses the text of the file {@code path} whose class is {@code className}. */
    static SourceFile parse(Path path, String className, String text) {
        Matcher pkg = PACKAGE.matcher(withoutComments(text));
        String packageName = pkg.find() ? pkg.group(1) : "";
        List<Dependency> dependencies = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher directive = DIRECTIVE.matcher(line.strip());
            if (!directive.matches()) {
                continue;
            }
            String arguments =
                    directive.group(3) == null ? "" : directive.group(3).strip();
            if (directive.group(1).equals("DEPS")) {
                for (String coordinate : arguments.split("[\\s,]+")) {
                    if (!coordinate.isEmpty()) {
                        dependencies.add(Dependency.parse(coordinate));
                    }
                }
            } else {
                ignored.add("//" + directive.group(1));
            }
        }
        return new SourceFile(path, className, packageName, List.copyOf(dependencies), List.copyOf(ignored));
    }

    /** The file's path under {@code src/main/java}: its package's directories, then its name. */
    String sourcePath() {
        String dir = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        return dir + className + ".java";
    }

    /** The text with block and line comments blanked, so a commented-out package is not read. */
    private static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
