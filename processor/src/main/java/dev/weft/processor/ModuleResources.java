package dev.weft.processor;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the files a component's URL names among the app's resources: {@code META-INF/resources}
 * followed by the URL's path, where Quarkus serves them from.
 *
 * <p>It looks in the folders of the {@value #OPTION} option when given, else in the compilation's
 * class output (where Maven copies {@code src/main/resources} before it compiles) and the project's
 * {@code src/main/resources} beside a Maven or Gradle class output, and then on the class path (a
 * jar's {@code META-INF/resources}). The resources are located when one of those folders has a
 * {@code META-INF/resources} folder (or the option names them). Only a URL that can be the app's own file is
 * checked: paths under {@code /_...} (mvnpm's {@code /_static}, Quarkus's {@code /_importmap},
 * Weft's {@code /_weft}), {@code /webjars}, {@code /static} (Web Bundler's output) and {@code /q} are
 * served by jars or produced while Quarkus builds, so the processor cannot see them.
 */
final class ModuleResources {

    /** The processor option naming the resource folders (holding {@code META-INF/resources}), by the path separator. */
    static final String OPTION = "weft.resources";

    /** The first segments of URLs served by jars or by Quarkus itself rather than by the app's files. */
    private static final Set<String> SERVED_ELSEWHERE = Set.of("webjars", "static", "q");

    private final Filer filer;
    private final List<Path> roots;

    private ModuleResources(Filer filer, List<Path> roots) {
        this.filer = filer;
        this.roots = roots;
    }

    /** The resources of a compilation: the folders of {@code option} if given, else its class output. */
    static ModuleResources of(Filer filer, String option) {
        List<Path> roots = new ArrayList<>();
        if (option != null && !option.isBlank()) {
            for (String folder : option.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    roots.add(Path.of(folder.strip()));
                }
            }
        }
        return new ModuleResources(filer, List.copyOf(roots));
    }

    /** What a look-up found. */
    enum Found {
        /** The file is there. */
        PRESENT,
        /** The app's resources were found, and the file is not among them. */
        MISSING,
        /** The URL is served by a jar or by Quarkus, not by the app's own files. */
        NOT_CHECKED,
        /** The app's resources cannot be located, so the file could not be looked for. */
        UNLOCATED
    }

    /** The resource a URL names: {@code META-INF/resources} and the URL's path. */
    static String resourceName(String url) {
        String path = url;
        int end = indexOfAny(path, '?', '#');
        if (end >= 0) {
            path = path.substring(0, end);
        }
        return "META-INF/resources" + path;
    }

    /**
     * Whether the URL surely names a file of the app's own (rather than one a jar or Quarkus serves, a
     * folder, or a name with escapes the processor would have to decode as the server does).
     */
    static boolean ownPath(String url) {
        int end = indexOfAny(url, '?', '#');
        String path = end < 0 ? url : url.substring(0, end);
        String first = path.substring(1).split("/", 2)[0];
        return !first.isEmpty()
                && !first.startsWith("_")
                && !SERVED_ELSEWHERE.contains(first)
                && !path.endsWith("/")
                && !path.contains("%");
    }

    /** Looks for the file that {@code url} (a path starting with one '/') names. */
    Found find(String url) {
        if (!ownPath(url)) {
            return Found.NOT_CHECKED;
        }
        String name = resourceName(url);
        List<Path> folders = roots.isEmpty() ? located(name) : roots;
        if (folders.stream().anyMatch(root -> Files.isRegularFile(root.resolve(name))) || onClassPath(name)) {
            return Found.PRESENT;
        }
        boolean known = !roots.isEmpty()
                || folders.stream().anyMatch(root -> Files.isDirectory(root.resolve("META-INF/resources")));
        return known ? Found.MISSING : Found.UNLOCATED;
    }

    /**
     * The class output folder, and the project's {@code src/main/resources} when the class output is
     * Maven's {@code target/classes} or Gradle's {@code build/classes/java/main}: Quarkus dev mode may
     * compile a change before it copies a resource saved with it.
     */
    private List<Path> located(String name) {
        Path file = inClassOutput(name);
        if (file == null) {
            return List.of();
        }
        Path output = file;
        for (int i = name.split("/").length; i > 0 && output != null; i--) {
            output = output.getParent();
        }
        if (output == null) {
            return List.of();
        }
        List<Path> folders = new ArrayList<>(List.of(output));
        Path project = output.endsWith(Path.of("target", "classes"))
                ? output.getParent().getParent()
                : output.endsWith(Path.of("build", "classes", "java", "main"))
                        ? output.getParent().getParent().getParent().getParent()
                        : null;
        if (project != null) {
            folders.add(project.resolve("src/main/resources"));
        }
        return folders;
    }

    /** Where {@code name} would be in the class output, or null when that is no folder (an in-memory compilation). */
    private Path inClassOutput(String name) {
        try {
            URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "", name).toUri();
            return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            return null; // javac refuses a name that is a folder: no module either
        }
    }

    /** Whether a jar or folder on the class path holds {@code name}. */
    private boolean onClassPath(String name) {
        return readable(StandardLocation.CLASS_PATH, name);
    }

    private boolean readable(JavaFileManager.Location location, String name) {
        try {
            FileObject file = filer.getResource(location, "", name);
            try (InputStream in = file.openInputStream()) {
                return in != null;
            }
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
