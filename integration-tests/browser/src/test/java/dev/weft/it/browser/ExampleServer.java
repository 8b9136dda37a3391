package dev.weft.it.browser;

import dev.weft.it.support.AppProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A packaged example app ({@link Example}), running as a child process on a free port of the
 * loopback interface, exactly as a user starts it: {@code java -jar quarkus-run.jar}.
 */
final class ExampleServer implements AutoCloseable {

    private final AppProcess app;

    private ExampleServer(AppProcess app) {
        this.app = app;
    }

    /** Starts the example dashboard; see {@link #start(Example)}. */
    static ExampleServer start() {
        return start(Example.DASHBOARD);
    }

    /**
     * Starts the packaged {@code example} ({@link Example#jar()}) and waits until it serves its
     * page; its output goes to {@code target/example-<name>.log} ({@link Example#logName()}).
     */
    static ExampleServer start(Example example) {
        return start(example, example.jar());
    }

    /** Starts {@code example} packaged as {@code jar} (an earlier build of it, say); see {@link #start(Example)}. */
    static ExampleServer start(Example example, Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The example " + example.module() + " is not packaged: " + jar
                    + " does not exist. Build it first: run ./mvnw install first"
                    + " (or ./mvnw verify from the repository root).");
        }
        return new ExampleServer(AppProcess.jar(jar)
                .name("The example " + example.module())
                .jvmOptions(example.options())
                .readyPath(example.readyPath())
                .log(Paths.get(
                        "target",
                        "example-" + example.logName() + (jar.equals(example.jar()) ? "" : "-other") + ".log"))
                .start());
    }

    /** The page's origin, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String baseUrl() {
        return app.baseUrl();
    }

    /** The absolute URL of {@code path} (which starts with a slash) on this server. */
    String url(String path) {
        return app.baseUrl() + path;
    }

    /** What the server printed so far, for failure messages. */
    String logText() {
        return app.logText();
    }

    @Override
    public void close() {
        app.close();
    }
}
