package dev.weft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code weft new my-dashboard [--package org.acme]}: a ready Maven project in {@code
 * ./my-dashboard} with the wrapper, the POM of {@link ProjectTemplate}, an example app, its {@code
 * AppTester} test and a README whose two commands run and test it.
 */
final class NewCommand {

    static final String DEFAULT_PACKAGE = "org.acme";
    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z][a-z0-9]*([.\\-_][a-z0-9]+)*");
    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private final ProjectTemplate template;
    private final PrintStream out;

    NewCommand(ProjectTemplate template, PrintStream out) {
        this.template = template;
        this.out = out;
    }

    /** Creates the project {@code name} in {@code parent}, its app in {@code packageName}; returns its directory. */
    Path create(Path parent, String name, String packageName) throws IOException {
        if (!PROJECT_NAME.matcher(name).matches()) {
            throw new UsageException("'" + name + "' cannot name a project: use lower-case letters, digits and"
                    + " dashes, starting with a letter (for example my-dashboard).");
        }
        if (!PACKAGE_NAME.matcher(packageName).matches()) {
            throw new UsageException("'" + packageName + "' is not a Java package name: use lower-case"
                    + " names joined by dots (for example org.acme).");
        }
        Path dir = parent.resolve(name).toAbsolutePath().normalize();
        if (Files.exists(dir) && !isEmptyDirectory(dir)) {
            throw new UsageException(dir + " already exists and is not empty: choose another name.");
        }
        String className = className(name);
        String packagePath = packageName.replace('.', '/');
        String sourcePath = "src/main/java/" + packagePath + "/" + className + ".java";
        String testPath = "src/test/java/" + packagePath + "/" + className + "Test.java";
        Map<String, String> values = Map.of(
                "packageLine", "package " + packageName + ";\n\n",
                "className", className,
                "title", title(name),
                "artifactId", name,
                "sourcePath", sourcePath,
                "testPath", testPath);

        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), template.pom(packageName, name, List.of()));
        template.writeWrapper(dir);
        write(dir.resolve(sourcePath), template.render("App.java", values));
        write(dir.resolve(testPath), template.render("AppTest.java", values));
        write(
                dir.resolve("src/main/resources/application.properties"),
                template.render("application.properties", values));
        write(dir.resolve("README.md"), template.render("README.md", values));
        write(dir.resolve(".gitignore"), template.render("gitignore", values));

        out.println("Created " + dir + " (" + sourcePath + ", Weft " + template.weftVersion() + ").");
        out.println("Run it:   cd " + name + " && ./mvnw quarkus:dev    then open http://localhost:8080");
        out.println("Test it:  ./mvnw test");
        return dir;
    }

    /** {@code my-dashboard} → {@code MyDashboard}; {@code Dashboard} when nothing of the name is left. */
    static String className(String name) {
        StringBuilder className = new StringBuilder();
        for (String word : name.split("[.\\-_]+")) {
            if (!word.isEmpty()) {
                className.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return className.isEmpty() ? "Dashboard" : className.toString();
    }

    /** {@code my-dashboard} → {@code My dashboard}. */
    static String title(String name) {
        String words = String.join(" ", name.split("[.\\-_]+")).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
