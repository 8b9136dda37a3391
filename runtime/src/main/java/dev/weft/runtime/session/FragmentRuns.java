package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.OnRerun;
import dev.weft.runtime.identity.RunAs;
import dev.weft.runtime.limits.RunContext;
import dev.weft.runtime.ui.Canvas;
import dev.weft.runtime.ui.Pages;
import dev.weft.runtime.ui.RunAssets;
import dev.weft.runtime.ui.RunReruns;
import dev.weft.runtime.ui.UiImpl;
import dev.weft.runtime.wire.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one session's fragments, as its {@link Scheduler} decides them: each run gets a thread
 * (a virtual one, or a platform one of {@link CpuThreads} for a {@code cpu} fragment), a canvas to
 * draw on and its assets; what it draws is sent to the tab, and its outcome goes back to the
 * scheduler. Everything here happens under the session's lock.
 */
final class FragmentRuns implements Scheduler.Runs {

    /** What a section its user may not see shows instead. */
    static final String NOT_ALLOWED = "You are not allowed to see this section.";

    private final Session session;

    FragmentRuns(Session session) {
        this.session = session;
    }

    @Override
    public void start(Slot slot, long gen) {
        begin(slot, gen);
    }

    @Override
    public void inputFailed(Slot slot, Slot input, long gen) {
        failBecauseOf(slot, input, gen);
    }

    @Override
    public boolean allowed(Slot slot) {
        return session.identity().may(slot.fragment.access());
    }

    @Override
    public void notAllowed(Slot slot, long gen) {
        long now = System.currentTimeMillis();
        ObjectNode refusal = Canvas.element("warning").put("message", NOT_ALLOWED);
        slot.show(null, session.media);
        publish(slot, gen, List.of(refusal), true, now);
    }

    @Override
    public void stale(Slot slot, long nextGen) {
        session.send(Protocol.waiting(slot.id(), nextGen));
    }

    @Override
    public void superseded(Slot slot) {
        if (slot.fragment.onRerun() == OnRerun.BESIDE) {
            slot.leaveRun();
            return;
        }
        slot.abandonRun();
        SessionMetering.current()
                .run(session.app.appClass().getName(), slot.id(), SessionMeters.Outcome.SUPERSEDED, -1);
    }

    /** An abandoned run still computes, or a limited run would queue for a tab that has gone. */
    @Override
    public boolean heldBack(Slot slot) {
        return !slot.roomForRun() || (slot.fragment.limit() != null && session.claimed && session.client == null);
    }

    @Override
    public void decided() {
        session.notifyAll();
    }

    private void begin(Slot slot, long gen) {
        long started = System.currentTimeMillis();
        Object[] inputs = new Object[slot.inputs.size()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = slot.inputs.get(i).result;
        }
        LiveRun live = new LiveRun(
                slot.values,
                session.uploads,
                slot.id(),
                session.partialIntervalNanos,
                session.threads,
                run -> partial(slot, gen, run));
        Canvas canvas = live.canvas();
        slot.live = live;
        RunAssets assets = new RunAssets(
                slot.id(),
                gen,
                session.media,
                session.showStackTraces,
                text -> send(Protocol.toast(slot.id(), gen, text), slot, gen),
                session::where,
                slot.page = new RunPage(session, slot, gen));
        assets.user(session.identity().user());
        assets.reruns(new RunReruns(session.id, session.fragmentNames(), name -> rerunFrom(slot, gen, name)));
        assets.pages(new Pages(session.pages, session.app.path(), path -> switchPage(path, slot, gen)));
        assets.streams(session.streams.forRun(
                slot.id(),
                gen,
                (id, at, added, end) -> send(Protocol.append(slot.id(), gen, id, at, added, end), slot, gen)));
        slot.liveAssets = assets;
        if (session.media != null) {
            session.media.runStarts(slot.id());
        }
        slot.values.replaceAll((widget, value) -> Session.clicks(slot.widgets.get(widget))
                ? slot.widgets.get(widget).initial()
                : value);
        // A limited run is queued until it has its permit; it reports running itself then.
        slot.status = slot.fragment.limit() == null
                ? Protocol.running(slot.id(), gen, started)
                : Protocol.queued(slot.id(), gen, 0, -1);
        session.send(slot.status);
        RunContext previous = slot.run;
        RunContext context = slot.run = new RunContext(
                session.sessionLimiters, slot.id(), gen, status -> limitStatus(slot, gen, status), started);
        (slot.fragment.cpu() ? CpuThreads.POOL : session.threads)
                .execute(() -> run(slot, gen, canvas, assets, inputs, context, previous));
    }

    private void run(
            Slot slot,
            long gen,
            Canvas canvas,
            RunAssets assets,
            Object[] inputs,
            RunContext context,
            RunContext previous) {
        synchronized (session) {
            if (!session.scheduler.current(slot, gen)) {
                context.ended();
                return; // superseded before it began
            }
            slot.runner = Thread.currentThread();
        }
        Thread runner = Thread.currentThread();
        Object result = null;
        Throwable failure = null;
        try {
            // The time limit counts the fragment's own time, not its wait for a @Limited permit.
            result = session.limiters.run(
                    slot.fragment.limit(),
                    context,
                    previous,
                    () -> RunDeadlines.within(
                            session.timeLimit,
                            () -> timedOut(slot, gen, canvas, assets, context.startedAt(), runner),
                            () -> RunAs.call(
                                    session.identity(),
                                    () -> session.app.invoke(
                                            session.instance.get(), slot.index, new UiImpl(canvas, assets), inputs))));
        } catch (Throwable e) {
            failure = e;
        }
        finish(slot, gen, canvas, assets, result, failure, context.startedAt());
    }

    /** A run's place in a {@code @Limited} line, or running once it has its permit; dropped once superseded. */
    private void limitStatus(Slot slot, long gen, ObjectNode status) {
        synchronized (session) {
            if (!session.closed && slot.generation == gen && slot.active) {
                slot.status = status;
                session.send(status);
            }
        }
    }

    private void finish(
            Slot slot, long gen, Canvas canvas, RunAssets assets, Object result, Throwable failure, long started) {
        synchronized (session) {
            if (slot.abandoned.remove(Thread.currentThread())) {
                canvas.seal(false);
                session.scheduler.pump(); // its fragment may run again now
                return;
            }
            complete(slot, gen, canvas, assets, result, failure, started);
        }
    }

    /** Run {@code gen} reached its time limit: it fails now, and whatever it does later is dropped. */
    private void timedOut(Slot slot, long gen, Canvas canvas, RunAssets assets, long started, Thread runner) {
        synchronized (session) {
            if (session.scheduler.current(slot, gen) && slot.active && slot.runner == runner) {
                slot.abandonRun();
                complete(slot, gen, canvas, assets, null, new RunTimeLimitException(session.timeLimit), started);
            }
        }
    }

    private void complete(
            Slot slot, long gen, Canvas canvas, RunAssets assets, Object result, Throwable failure, long started) {
        Canvas.Drawing drawing = canvas.seal(failure == null);
        if (canvas.drewChart()) {
            session.charted.drew(session.app);
        }
        if (!session.scheduler.ended(slot, gen)) {
            return; // superseded: a newer run owns the slot now, and this one's output is dropped
        }
        slot.endLive();
        SessionMetering.current()
                .run(
                        session.app.appClass().getName(),
                        slot.id(),
                        failure == null ? SessionMeters.Outcome.DONE : SessionMeters.Outcome.FAILED,
                        Math.max(0, System.currentTimeMillis() - started));
        List<ObjectNode> elements = new ArrayList<>(drawing.elements());
        if (failure != null) {
            FailureLog.failed(session.app.appClass().getName(), slot.id(), session.id, failure);
            elements.add(Canvas.exception(failure, session.showStackTraces));
        }
        // Widgets this run did not draw are forgotten; the others keep the values the run used.
        slot.widgets = drawing.widgets();
        slot.forms = drawing.forms();
        if (session.uploads != null) {
            session.uploads.retain(slot.id(), slot.widgets.keySet());
        }
        slot.values.clear();
        slot.values.putAll(drawing.values());
        slot.applyArrived();
        RunPage page = slot.page;
        slot.page = null;
        if (page != null) {
            session.url.completed(slot, drawing, failure != null, page);
        }
        slot.runs++;
        slot.show(assets, session.media);
        publish(slot, gen, elements, failure != null, started);
        session.scheduler.settle(slot, failure == null ? result : null, failure != null);
        if (slot.rerunAfter == gen) {
            slot.rerunAfter = -1;
            session.scheduler.rerun(slot);
        }
    }

    /** {@code ui.rerun(name)} from run {@code gen} of {@code slot}: ignored once that run no longer counts. */
    private void rerunFrom(Slot slot, long gen, String name) {
        synchronized (session) {
            if (session.closed || slot.generation != gen || !slot.active) {
                return;
            }
            if (name == null || name.equals(slot.id())) {
                slot.rerunAfter = gen;
            } else {
                session.push(name);
            }
        }
    }

    /** Sends what a running fragment has drawn so far, unless the run has ended or been superseded. */
    private void partial(Slot slot, long gen, LiveRun run) {
        synchronized (session) {
            if (session.closed || slot.generation != gen || slot.live != run) {
                return;
            }
            List<ObjectNode> elements = run.canvas().snapshot();
            if (elements != null) {
                slot.partial = Protocol.partial(slot.id(), gen, elements);
                session.send(slot.partial);
            }
        }
    }

    /** Sends a message of run {@code gen} of {@code slot} now, unless that run has been superseded or has ended. */
    private void send(ObjectNode message, Slot slot, long gen) {
        synchronized (session) {
            if (!session.closed && slot.generation == gen && slot.active) {
                session.send(message);
            }
        }
    }

    /** Sends the browser to another page for run {@code gen} of {@code slot}, unless that run has been superseded. */
    private void switchPage(String path, Slot slot, long gen) {
        synchronized (session) {
            if (!session.closed && slot.generation == gen && slot.active) {
                session.switchPage(path);
            }
        }
    }

    /** A slot whose input failed shows so, without running; its own dependents fail in turn. */
    private void failBecauseOf(Slot slot, Slot input, long gen) {
        long now = System.currentTimeMillis();
        ObjectNode error = Canvas.element("error")
                .put("message", "This section could not run: its input '" + input.id() + "' failed.");
        slot.show(null, session.media);
        publish(slot, gen, List.of(error), true, now);
    }

    private void publish(Slot slot, long gen, List<ObjectNode> elements, boolean failed, long started) {
        slot.content = Protocol.slot(slot.id(), gen, elements);
        slot.status = Protocol.finished(slot.id(), gen, failed, started, System.currentTimeMillis());
        slot.finished = slot.status;
        session.send(slot.content);
        session.send(slot.status);
    }
}
