package dev.weft.runtime.web;

import dev.weft.runtime.session.Sessions;
import dev.weft.runtime.wire.Protocol;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.dev.spi.HotReplacementContext;
import io.quarkus.dev.spi.HotReplacementSetup;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Dev mode's failed reloads, shown in the open tabs. When a change does not compile (or the app does not
 * start), Quarkus keeps the old app running and answers HTTP requests with its error page; each request
 * that comes after its scan interval compiles the broken file again and logs the error again. So the
 * page stops its reload pings once it sees the error page, every open tab is sent the problem over its
 * WebSocket ({@code dev_problem}), and this watcher triggers the next scan itself, only when a source
 * or resource file changes: the error is logged once per edit, and a fix reloads the app as before.
 *
 * <p>Loaded by Quarkus dev mode only ({@code META-INF/services}); it never runs in production.
 */
public final class DevProblems implements HotReplacementSetup {

    private static final Logger LOG = Logger.getLogger(DevProblems.class);
    private static final long CHECK_MILLIS = 500;
    private static final int MAX_MESSAGE = 8000;
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private volatile HotReplacementContext context;
    private volatile Thread watcher;
    private Throwable reported; // the watcher's
    private long fingerprint; // the watcher's: of the sources the reported problem was compiled from
    private long seen; // the watcher's: of the sources at its previous check

    @Override
    public void setupHotDeployment(HotReplacementContext context) {
        this.context = context;
        Thread thread = Thread.ofPlatform().name("weft-dev-problems").daemon().unstarted(this::watch);
        watcher = thread;
        thread.start();
    }

    @Override
    public void close() {
        Thread thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void watch() {
        seen = fingerprint();
        while (watcher == Thread.currentThread()) {
            try {
                Thread.sleep(CHECK_MILLIS);
                check();
            } catch (InterruptedException e) {
                return;
            } catch (Exception | LinkageError | ServiceConfigurationError e) {
                // Never ends the watcher: a later edit must still be compiled.
                LOG.debug("Could not check for a dev mode problem", e);
            }
        }
    }

    private void check() throws Exception {
        long before = seen;
        seen = fingerprint();
        Throwable problem = context.getDeploymentProblem();
        if (problem == null) {
            reported = null;
            return;
        }
        if (problem != reported) {
            reported = problem;
            // The sources as they were before the failed compile: an edit saved since is compiled next.
            fingerprint = before;
            broadcast(describe(problem));
            return;
        }
        if (seen != fingerprint) {
            fingerprint = seen;
            context.doScan(true); // compiles the edit: restarts the app, or reports its problem once
        }
    }

    /**
     * A problem as the page shows it: the messages of its causes (the compiler's output names the file
     * and line), without a wrapper's empty message and without terminal colours.
     */
    static String describe(Throwable problem) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = problem; t != null && text.length() < MAX_MESSAGE; t = t.getCause()) {
            if (t.getMessage() == null && t.getCause() != null) {
                continue;
            }
            String message = ANSI.matcher(t.getMessage() == null ? t.toString() : t.getMessage())
                    .replaceAll("")
                    .strip();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : "\n").append(message);
            }
        }
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text.toString();
    }

    private static void broadcast(String message) {
        ArcContainer container = Arc.container();
        Application app = ApplicationLifecycleManager.getCurrentApplication();
        if (container == null || !container.isRunning() || app == null) {
            return; // the app is down: the page shows Quarkus's error page from its next ping
        }
        // This thread outlives restarts: look beans (and their config) up in the running app's class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(app.getClass().getClassLoader());
        try {
            container.instance(Sessions.class).get().sendToAll(Protocol.devProblem(message));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The newest modification time and the number of the app's source and resource files. */
    private long fingerprint() {
        List<Path> roots = new ArrayList<>(context.getSourcesDir());
        roots.addAll(context.getResourcesDir());
        long newest = 0;
        long count = 0;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
                    count++;
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.debugf(e, "Could not list %s", root);
            }
        }
        return newest * 31 + count;
    }
}
