package dev.weft.it.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code weft} launcher ({@code cli/target/weft}) run as a user runs it, in a directory, with
 * what it prints written to a log. The Maven builds it starts use a repository of their own, seeded
 * only with this build's Weft, and read this build's repository as a read-only tail ({@code
 * MAVEN_ARGS}, which Maven 3.9 reads): nothing is downloaded.
 */
final class WeftCommand implements AutoCloseable {

    static final Path LAUNCHER = Paths.get(System.getProperty("weft.cli", "../../cli/target/weft"));
    static final Path WORK = Paths.get(System.getProperty("weft.it.work", "target/work"));

    private final Process process;
    private final Path log;

    private WeftCommand(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} (the launcher or {@code ./mvnw}, then its arguments) in {@code dir}. */
    static WeftCommand start(Path dir, Path log, List<String> command) throws IOException {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MAVEN_ARGS", mavenArgs());
        return new WeftCommand(builder.start(), log);
    }

    /** Starts the weft launcher with {@code args} in {@code dir}. */
    static WeftCommand weft(Path dir, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return start(dir, log, command);
    }

    private static String mavenArgs() {
        String repo = Paths.get(System.getProperty("weft.it.repo", "target/local-repo"))
                .toAbsolutePath()
                .toString();
        String tail = System.getProperty("weft.it.repo.tail", System.getProperty("user.home") + "/.m2/repository");
        return String.join(
                " ",
                "-B",
                "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + tail,
                "-Dquarkus.http.test-port=0");
    }

    /** Waits up to {@code seconds} for it to end; its exit code, or -1 if it is still running. */
    int waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What it printed so far. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    /** Stops it as Ctrl+C would (SIGTERM), then anything it left running. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }
}
