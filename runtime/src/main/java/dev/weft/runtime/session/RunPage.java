package dev.weft.runtime.session;

import dev.weft.PageContext;
import dev.weft.runtime.ui.PageLink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run of a fragment sees of its page ({@link PageLink}): it records which query
 * parameters the run reads and whether it asked for the context, so that a change of those reruns
 * the fragment ({@link UrlSync}); what a run writes after it stopped counting is dropped.
 */
final class RunPage implements PageLink {

    private final Session session;
    private final Slot slot;
    private final long gen;
    private final Set<String> reads = ConcurrentHashMap.newKeySet();
    private volatile boolean readsAll;
    private volatile boolean readsContext;

    RunPage(Session session, Slot slot, long gen) {
        this.session = session;
        this.slot = slot;
        this.gen = gen;
    }

    @Override
    public List<String> read(String name) {
        reads.add(name);
        synchronized (session) {
            return session.url.state().get(name);
        }
    }

    @Override
    public Map<String, List<String>> readAll() {
        readsAll = true;
        synchronized (session) {
            return session.url.state().all();
        }
    }

    @Override
    public void write(String name, List<String> values) {
        synchronized (session) {
            if (session.scheduler.current(slot, gen) && slot.active) {
                session.url.written(slot, name, values);
            }
        }
    }

    @Override
    public Bound bound(String name) {
        reads.add(name);
        synchronized (session) {
            return new Bound(session.url.state().get(name), session.url.state().fromLink(name));
        }
    }

    @Override
    public PageContext context() {
        readsContext = true;
        return session.url.context();
    }

    /** Whether the run has read any of these parameters. */
    boolean readsAny(Set<String> names) {
        if (readsAll && !names.isEmpty()) {
            return true;
        }
        for (String name : names) {
            if (reads.contains(name)) {
                return true;
            }
        }
        return false;
    }

    boolean readsContext() {
        return readsContext;
    }
}
