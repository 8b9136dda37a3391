package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.InstanceHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One browser tab: its own instance of the {@code @App} class, the state of every slot, and the
 * threads running its fragments.
 *
 * <p>All slot state changes and all sends happen under this object's lock, so a tab that
 * reconnects gets a consistent snapshot followed by every later message, in order.
 */
final class Session {

    private static final Logger LOG = Logger.getLogger(Session.class);
    private static final Object[] NO_INPUTS = new Object[0];

    private final String id;
    private final AppDefinition app;
    private final InstanceHandle<?> instance;
    private final Slot[] slots;
    private final boolean dev;
    private final boolean showStackTraces;
    private final ExecutorService threads;
    private Consumer<ObjectNode> client;
    private boolean closed;
    private boolean claimed;
    private long detachedSince;

    Session(String id, AppDefinition app, InstanceHandle<?> instance, boolean dev, boolean showStackTraces) {
        this.id = id;
        this.app = app;
        this.instance = instance;
        this.dev = dev;
        this.showStackTraces = showStackTraces;
        List<FragmentDefinition> fragments = app.fragments();
        this.slots = new Slot[fragments.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(fragments.get(i), i);
        }
        this.detachedSince = System.nanoTime(); // no browser yet
        this.threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("weft-" + id.substring(0, 8) + "-", 0).factory());
    }

    String id() {
        return id;
    }

    AppDefinition app() {
        return app;
    }

    /**
     * Runs every fragment once: the parallel ones each on their own virtual thread at once, the
     * others one at a time in declaration order on one more.
     */
    void start() {
        List<Slot> sequential = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.fragment.parallel()) {
                submit(() -> run(slot));
            } else {
                sequential.add(slot);
            }
        }
        if (!sequential.isEmpty()) {
            submit(() -> sequential.forEach(this::run));
        }
    }

    /**
     * Connects a browser: sends the welcome and then the current status and content of every slot.
     * A session has at most one browser; a newer one replaces the older.
     */
    synchronized void attach(Consumer<ObjectNode> browser, boolean resumed) {
        client = browser;
        claimed = true;
        detachedSince = 0;
        browser.accept(Protocol.welcome(id, resumed, dev, app));
        for (Slot slot : slots) {
            if (slot.content != null) {
                browser.accept(slot.content);
            }
            if (slot.status != null) {
                browser.accept(slot.status);
            }
        }
    }

    /** Forgets the browser if it is this one; the session keeps running and can be resumed. */
    synchronized boolean detach(Consumer<ObjectNode> browser) {
        if (client != browser) {
            return false;
        }
        client = null;
        detachedSince = System.nanoTime();
        return true;
    }

    /** Whether a browser has ever been attached. */
    synchronized boolean claimed() {
        return claimed;
    }

    /** Whether no browser has been attached since {@code nanos} before now. */
    synchronized boolean detachedLongerThan(long nanos) {
        return client == null && !closed && detachedSince != 0 && System.nanoTime() - detachedSince >= nanos;
    }

    /** Stops every running fragment and destroys the app instance. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            client = null;
        }
        threads.shutdownNow();
        instance.destroy();
    }

    private void submit(Runnable task) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        threads.execute(task);
    }

    private void run(Slot slot) {
        long started = System.currentTimeMillis();
        long gen = begin(slot, started);
        if (gen < 0) {
            return;
        }
        UiImpl ui = new UiImpl();
        boolean failed = false;
        try {
            app.invoke(instance.get(), slot.index, ui, NO_INPUTS);
        } catch (InterruptedException e) {
            ui.seal();
            return;
        } catch (Throwable e) {
            failed = true;
            LOG.debugf(e, "Fragment %s#%s failed", app.appClass().getName(), slot.id());
            ui.exception(e, showStackTraces);
        }
        finish(slot, gen, ui.seal(), failed, started, System.currentTimeMillis());
    }

    private synchronized long begin(Slot slot, long started) {
        if (closed) {
            return -1;
        }
        long gen = ++slot.generation;
        slot.status = Protocol.running(slot.id(), gen, started);
        send(slot.status);
        return gen;
    }

    private synchronized void finish(
            Slot slot, long gen, List<ObjectNode> elements, boolean failed, long started, long ended) {
        if (closed || slot.generation != gen) {
            return; // superseded: a newer run owns the slot now
        }
        slot.content = Protocol.slot(slot.id(), gen, elements);
        slot.status = Protocol.finished(slot.id(), gen, failed, started, ended);
        send(slot.content);
        send(slot.status);
    }

    /** Sends a reply to this session's browser, if one is attached. */
    synchronized void send(ObjectNode message) {
        if (client != null) {
            client.accept(message);
        }
    }
}
