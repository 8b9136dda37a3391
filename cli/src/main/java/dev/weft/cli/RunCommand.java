package dev.weft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code weft run [--port 8080] [--no-open] Dashboard.java}: runs a single-file app in Quarkus dev
 * mode, from its {@link HiddenProject}, with the Maven wrapper. A save reloads the app (Quarkus dev
 * mode, through the link); a compile error shows in the open page. A file that does not compile at
 * the start is started again after the next save. Ends when Maven ends, or stops Maven and the app
 * when it is stopped itself (Ctrl+C).
 */
final class RunCommand {

    private static final Duration POLL = Duration.ofMillis(300);

    private final ProjectTemplate template;
    private final PrintStream out;
    private final AtomicReference<Process> current = new AtomicReference<>();
    private final AtomicLong saves = new AtomicLong();

    RunCommand(ProjectTemplate template, PrintStream out) {
        this.template = template;
        this.out = out;
    }

    /** Runs {@code file} on {@code port}, opening a browser if {@code open}; returns Maven's exit code. */
    int run(Path file, int port, boolean open) throws IOException, InterruptedException {
        SourceFile source = SourceFile.read(file);
        for (String directive : source.ignored()) {
            out.println("weft: " + directive + " is a JBang directive weft run does not read; only //DEPS is.");
        }
        HiddenProject project = HiddenProject.of(template, source);
        project.prepare(source);
        out.println("weft: " + source.path().getFileName() + " runs from the Maven project " + project.dir()
                + (project.copied() ? " (copied there after each save)" : " (linked there)"));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(current.get()), "weft-stop"));
        Thread.ofPlatform().daemon().name("weft-watch").start(() -> watch(source, project));
        String url = "http://localhost:" + port + "/";
        AtomicBoolean opened = new AtomicBoolean(!open);
        while (true) {
            long saves = this.saves.get();
            Process maven = startMaven(project.dir(), port);
            current.set(maven);
            AtomicBoolean served = new AtomicBoolean();
            Thread.ofPlatform().daemon().name("weft-open").start(() -> announce(url, maven, served, opened));
            int exit = maven.waitFor();
            if (exit == 0 || served.get()) {
                return exit;
            }
            // Dev mode does not start from a file that does not compile: start it again after a save.
            out.println("weft: the app did not start (see above). Fix "
                    + source.path().getFileName() + " and save: weft run starts it again. Ctrl+C stops.");
            while (this.saves.get() == saves) {
                Thread.sleep(POLL);
            }
        }
    }

    private Process startMaven(Path dir, int port) throws IOException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>();
        command.add(dir.resolve(windows ? "mvnw.cmd" : "mvnw").toString());
        // The plugin by its coordinates: Maven need not look its prefix up in a remote repository.
        command.add("io.quarkus:quarkus-maven-plugin:" + template.quarkusVersion() + ":dev");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Ddebug=false"); // no debugger port: several apps can run side by side
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        // Maven and the app run on the JDK this command runs on (checked to be 21 or newer).
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /** Follows the saved file: a copy where no link could be made, a new package, new {@code //DEPS}. */
    private void watch(SourceFile first, HiddenProject project) {
        SourceFile source = first;
        FileTime seen = modified(source.path());
        while (true) {
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
            FileTime now = modified(source.path());
            if (now == null || now.equals(seen)) {
                continue;
            }
            seen = now;
            try {
                source = SourceFile.read(source.path());
                project.sync(source);
            } catch (UsageException | IOException e) {
                out.println("weft: " + e.getMessage());
            }
            saves.incrementAndGet();
        }
    }

    /** Prints the app's address once it answers, and opens it in a browser if asked. */
    private void announce(String url, Process maven, AtomicBoolean served, AtomicBoolean opened) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
        while (maven.isAlive()) {
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                break;
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                return;
            }
        }
        if (!maven.isAlive()) {
            return;
        }
        served.set(true);
        out.println("weft: the app is at " + url);
        if (!opened.getAndSet(true) && !Browser.open(url)) {
            out.println("weft: no browser could be opened here; open " + url + " yourself.");
        }
    }

    private static void stop(Process maven) {
        if (maven == null) {
            return;
        }
        maven.descendants().forEach(ProcessHandle::destroy);
        maven.destroy();
        try {
            maven.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
