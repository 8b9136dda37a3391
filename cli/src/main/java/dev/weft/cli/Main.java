package dev.weft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The {@code weft} command: {@code weft run} and {@code weft new}. */
public final class Main {

    static final String USAGE = """
            Usage:
              weft run [--port 8080] [--no-open] Dashboard.java
                  Runs a single-file Weft app in Quarkus dev mode with live reload, on
                  http://localhost:8080, and opens it in the browser. //DEPS group:artifact:version
                  lines in the file add dependencies.
              weft new my-dashboard [--package org.acme]
                  Creates a Maven project ./my-dashboard: an example app, its test, the Maven wrapper.
              weft --version
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command {@code args}; returns the exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (Runtime.version().feature() < 21) {
            err.println("weft: Weft needs a JDK 21 or newer; this is Java "
                    + Runtime.version().feature() + " (" + System.getProperty("java.home")
                    + "). Point JAVA_HOME at a JDK 21+.");
            return 2;
        }
        Deque<String> rest = new ArrayDeque<>(args);
        String command = rest.isEmpty() ? "--help" : rest.removeFirst();
        try {
            ProjectTemplate template = ProjectTemplate.load();
            return switch (command) {
                case "run" -> run(template, rest, out);
                case "new" -> create(template, rest, out);
                case "--version", "version" -> {
                    out.println("weft " + template.weftVersion());
                    yield 0;
                }
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("Unknown command '" + command + "'.");
            };
        } catch (UsageException e) {
            err.println("weft: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("weft: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int run(ProjectTemplate template, Deque<String> args, PrintStream out)
            throws IOException, InterruptedException {
        int port = 8080;
        boolean open = true;
        String file = null;
        while (!args.isEmpty()) {
            String arg = args.removeFirst();
            switch (arg) {
                case "--port" -> port = port(value(arg, args));
                case "--no-open" -> open = false;
                default -> {
                    if (arg.startsWith("--port=")) {
                        port = port(arg.substring("--port=".length()));
                    } else if (arg.startsWith("-") || file != null) {
                        throw new UsageException("weft run takes one file and --port, --no-open; not '" + arg + "'.");
                    } else {
                        file = arg;
                    }
                }
            }
        }
        if (file == null) {
            throw new UsageException("weft run needs the file to run, such as Dashboard.java.");
        }
        return new RunCommand(template, out).run(Path.of(file), port, open);
    }

    private static int create(ProjectTemplate template, Deque<String> args, PrintStream out) throws IOException {
        String packageName = NewCommand.DEFAULT_PACKAGE;
        String name = null;
        while (!args.isEmpty()) {
            String arg = args.removeFirst();
            if (arg.equals("--package")) {
                packageName = value(arg, args);
            } else if (arg.startsWith("--package=")) {
                packageName = arg.substring("--package=".length());
            } else if (arg.startsWith("-") || name != null) {
                throw new UsageException("weft new takes one project name and --package; not '" + arg + "'.");
            } else {
                name = arg;
            }
        }
        if (name == null) {
            throw new UsageException("weft new needs the project's name, such as my-dashboard.");
        }
        new NewCommand(template, out).create(Path.of(""), name, packageName);
        return 0;
    }

    private static String value(String option, Deque<String> args) {
        if (args.isEmpty()) {
            throw new UsageException(option + " needs a value.");
        }
        return args.removeFirst();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--port takes a port number from 1 to 65535, not '" + value + "'.");
    }
}
