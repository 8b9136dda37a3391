package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.limits.RunContext;
import dev.weft.runtime.media.SessionMedia;
import dev.weft.runtime.ui.RunAssets;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.widgets.WidgetSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One fragment within a session: where it stands in the graph, its latest run, its last result,
 * its widgets' values, and the last status and content sent, kept for a reconnecting tab.
 *
 * <p>Guarded by the owning {@link Session}'s lock.
 */
final class Slot {

    final FragmentDefinition fragment;
    final int index;
    final List<Slot> inputs = new ArrayList<>();
    final List<Slot> dependents = new ArrayList<>();

    /** The generation of the latest run started (or of the latest "input failed" content). */
    long generation;
    /** Needs a run once its inputs have settled. */
    boolean dirty;
    /** Whether the browser has been told this slot waits to rerun (so its content is stale). */
    boolean waitAnnounced;
    /** Whether a run has been started and has neither finished nor been superseded. */
    boolean active;
    /** The thread of the active run once it has begun executing, or null. */
    Thread runner;
    /**
     * The threads of this fragment's runs that no longer count (superseded, or stopped at the time
     * limit) but have not returned yet: a run that ignores its interrupt computes on. The fragment
     * does not start again until they have, so one session holds at most one thread per fragment
     * ({@code maxBeside} for a {@link dev.weft.OnRerun#BESIDE} fragment, whose older runs go on).
     */
    final Set<Thread> abandoned = new HashSet<>();
    /** The latest run's context: who waits for a {@code @Limited} permit, and where. */
    RunContext run;
    /** Whether a run has completed (or the slot has failed) at least once. */
    boolean settled;
    /** The last completed run's result, and whether it (or an input) failed. */
    Object result;

    boolean failed;
    /** Completed runs (superseded ones not counted). */
    int runs;

    /** The widgets as the last completed run drew them, and their current values. */
    Map<String, WidgetSpec> widgets = Map.of();

    /** The query parameter of each widget the last completed run bound to one, by widget id. */
    Map<String, String> params = Map.of();

    /** What the active run sees of its page (the parameters it reads), or null. */
    RunPage page;

    /** What the last completed run read of its page, or null. */
    RunPage urlReader;

    /** Whether the last completed run asked for the request context. */
    boolean readsContext;

    /** The form of each widget the last completed run drew in a form, by widget id. */
    Map<String, String> forms = Map.of();

    final Map<String, Object> values = new HashMap<>();

    /** Widget values that arrived while a {@link dev.weft.OnRerun#WAIT} run went on, by widget id. */
    final Map<String, Object> arrived = new HashMap<>();

    /** The generation of the run that asked to rerun its fragment once it ends ({@code ui.rerun()}), or -1. */
    long rerunAfter = -1;

    ObjectNode status;
    ObjectNode content;

    /** The status of the last run that ended (done or failed), kept while a newer one waits or runs; null before. */
    ObjectNode finished;

    /** The active run's live output (null when no run is active), and its last partial {@code slot} message sent. */
    LiveRun live;

    ObjectNode partial;

    /** The assets (table rows, media) of the complete content shown, and of the active run, or null. */
    RunAssets assets;

    RunAssets liveAssets;

    /** The toasts the last completed run showed. */
    List<String> toasts = List.of();

    Slot(FragmentDefinition fragment, int index) {
        this.fragment = fragment;
        this.index = index;
    }

    /** A slot for each fragment, in declaration order, linked to its inputs and dependents. */
    static Slot[] graph(List<FragmentDefinition> fragments) {
        Slot[] slots = new Slot[fragments.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot(fragments.get(i), i);
        }
        for (Slot slot : slots) {
            for (int input : slot.fragment.inputs()) {
                slot.inputs.add(slots[input]);
                slots[input].dependents.add(slot);
            }
        }
        return slots;
    }

    String id() {
        return fragment.name();
    }

    boolean running() {
        return active;
    }

    /** Whether this slot may start now: no input still has to (re)compute. */
    boolean inputsReady() {
        for (Slot input : inputs) {
            if (input.dirty || input.running() || !input.settled) {
                return false;
            }
        }
        return true;
    }

    /**
     * The widget a browser's value is checked against: as the active run has drawn it so far (the
     * browser may show it from a partial message), else as the last completed run drew it.
     */
    WidgetSpec widget(String id) {
        WidgetSpec drawing = live == null ? null : live.canvas().drawnWidget(id);
        return drawing != null ? drawing : widgets.get(id);
    }

    /** The query parameter the widget {@link #widget(String) as drawn} is bound to, or null. */
    String paramOf(String id) {
        if (live != null && live.canvas().drawnWidget(id) != null) {
            return live.canvas().drawnParam(id);
        }
        return params.get(id);
    }

    /** The form the widget {@link #widget(String) as drawn} belongs to, or null. */
    String formOf(String id) {
        if (live != null && live.canvas().drawnWidget(id) != null) {
            return live.canvas().drawnForm(id);
        }
        return forms.get(id);
    }

    /** Sets accepted widget values; a file uploader deletes the files it no longer holds. */
    void set(Map<String, Object> accepted) {
        accepted.forEach((id, value) -> {
            Object previous = values.put(id, value);
            if (widget(id) instanceof UploadWidgets.FileUploader uploader) {
                uploader.store()
                        .applied(uploader.token(), previous instanceof List<?> files ? files : List.of(), (List<?>)
                                value);
            }
        });
    }

    /**
     * The active run no longer counts: its thread is interrupted and kept in {@link #abandoned}
     * until it returns, its next {@code Ui} call throws {@link dev.weft.runtime.ui.RunCancelledError},
     * and its live output is dropped. If it ignores both it computes on, its output dropped, and its
     * fragment's next run waits until it has returned: a session never holds more than one thread per
     * fragment.
     */
    void abandonRun() {
        if (runner != null) {
            runner.interrupt();
            abandoned.add(runner);
        }
        if (live != null) {
            live.canvas().cancel();
        }
        endLive();
    }

    /**
     * The active run of a {@link dev.weft.OnRerun#BESIDE} fragment no longer counts, but runs on to its
     * end uninterrupted (kept in {@link #abandoned} until it returns); its output is dropped.
     */
    void leaveRun() {
        if (runner != null) {
            abandoned.add(runner);
        }
        endLive();
    }

    /** Whether another run may start now: fewer runs that no longer count still compute than the fragment allows. */
    boolean roomForRun() {
        return abandoned.size() < fragment.maxBeside();
    }

    /**
     * Sets widget values that arrived while a {@link dev.weft.OnRerun#WAIT} run went on: that run's
     * drawing does not replace them, so the run after it takes them.
     */
    void keepArrived(Map<String, Object> accepted) {
        if (active && fragment.onRerun() == dev.weft.OnRerun.WAIT) {
            arrived.putAll(accepted);
        }
    }

    /** A run completed: the values that arrived while it ran win over those it drew, where it drew their widget. */
    void applyArrived() {
        arrived.forEach((id, value) -> {
            if (widgets.containsKey(id)) {
                values.put(id, value);
            }
        });
        arrived.clear();
    }

    void endLive() {
        if (live != null) {
            live.end();
            live = null;
        }
        partial = null;
        liveAssets = null;
    }

    /** The slot's content is now that of a run with these assets (null: none); media it no longer shows expire. */
    void show(RunAssets shown, SessionMedia media) {
        assets = shown;
        toasts = shown == null ? List.of() : shown.toasts();
        if (media != null) {
            media.shows(id(), shown == null ? java.util.Set.of() : shown.mediaIds());
        }
    }

    Slot failedInput() {
        for (Slot input : inputs) {
            if (input.failed) {
                return input;
            }
        }
        return null;
    }
}
