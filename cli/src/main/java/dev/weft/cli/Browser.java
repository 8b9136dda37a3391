package dev.weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a URL in the user's browser with the system's own opener, without loading AWT. */
final class Browser {

    private Browser() {}

    /** Opens {@code url}; false when this system has no opener (a server, a container). */
    static boolean open(String url) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.startsWith("windows")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", url);
        } else if (os.startsWith("mac")) {
            command = List.of("open", url);
        } else if (onPath("xdg-open")
                && (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null)) {
            command = List.of("xdg-open", url);
        } else {
            return false;
        }
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
