package dev.weft.examples.confined;

import dev.weft.ConfinedInit;
import dev.weft.Limited;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * One Mozilla Rhino JavaScript engine for the whole server. A Rhino {@link Context} belongs to the
 * thread that entered it: called from any other thread, scripts fail with "No Context associated
 * with current Thread" (and a context is not safe to share between threads anyway). So the engine
 * lives in the confined group {@code rhino}: {@link #start()} enters the context on the group's own
 * thread, {@code weft-confined-rhino}, and every call of {@link #evaluate} and {@link #shared} runs
 * there, one at a time, whichever session it comes from. Its global variables outlive each call,
 * so every tab sees what the others did.
 *
 * <p>Scripts come from anyone who opens the page, so the engine has no access to Java ({@code
 * initSafeStandardObjects} and a class shutter that shows no class) and stops a script that runs
 * longer than {@code confined.time-limit} (2 s), or whose caller has gone, between two of its
 * instructions. It is a demonstration, not a hardened sandbox.
 */
@ApplicationScoped
public class ScriptEngine {

    /** The group every call of the engine runs in; its thread is {@code weft-confined-rhino}. */
    static final String GROUP = "rhino";

    /** What a new engine defines: {@code shared}, the object the page shows. */
    static final String PRELUDE = "var shared = { visits: 0, note: 'Change me from any tab' };";

    /** How many instructions Rhino runs between two checks of the time limit and of interrupts. */
    private static final int CHECK_EVERY = 10_000;

    /** The longest value shown; a longer one is cut. */
    private static final int MAX_DISPLAY = 4_000;

    /** One evaluation: what ran, what it gave, where, and how long it took. */
    record Evaluation(long number, String origin, String source, String value, String thread, long micros) {}

    @ConfigProperty(name = "confined.time-limit", defaultValue = "2s")
    Duration timeLimit;

    // Only ever touched on the group's thread; package-private for the test that shows it must be so.
    Context context;
    ScriptableObject scope;

    private long deadline; // System.nanoTime() by which the running script must end; the group's thread only
    private long evaluations; // the group's thread only
    private final Deque<Evaluation> history = new ArrayDeque<>(); // guarded by itself

    /** Enters the engine's context on the group's thread, before its first call. */
    @ConfinedInit(group = GROUP)
    void start() {
        context = new GuardedFactory().enterContext(); // entered for good: this thread lives as long as the app
        context.setInterpretedMode(true); // instruction counting (the time limit) needs the interpreter
        context.setInstructionObserverThreshold(CHECK_EVERY);
        context.setLanguageVersion(Context.VERSION_ES6);
        context.setClassShutter(className -> false);
        scope = context.initSafeStandardObjects();
        deadline = Long.MAX_VALUE;
        context.evaluateString(scope, PRELUDE, "prelude", 1, null);
    }

    /**
     * Evaluates {@code source} in the shared engine, on its thread.
     *
     * @param origin who asks, e.g. {@code tab 3}: the script's name in Rhino's error messages
     * @return the value, as JSON where it has a JSON form
     * @throws org.mozilla.javascript.RhinoException what the script threw (a syntax error, a
     *     {@code ReferenceError}, a value thrown by the script), as Rhino reports it
     * @throws ScriptStoppedException when the script ran longer than the time limit
     */
    @Limited(group = GROUP, confined = true)
    public Evaluation evaluate(String origin, String source) {
        long started = System.nanoTime();
        deadline = started + timeLimit.toNanos();
        Object value;
        try {
            value = context.evaluateString(scope, source, origin, 1, null);
        } catch (StopScript stop) {
            throw new ScriptStoppedException(stop.getMessage());
        } finally {
            deadline = Long.MAX_VALUE;
        }
        Evaluation evaluation = new Evaluation(
                ++evaluations,
                origin,
                source,
                display(value),
                Thread.currentThread().getName(),
                (System.nanoTime() - started) / 1_000);
        synchronized (history) {
            history.addFirst(evaluation);
            while (history.size() > 20) {
                history.removeLast();
            }
        }
        return evaluation;
    }

    /** The engine's {@code shared} object, as indented JSON. */
    @Limited(group = GROUP, confined = true)
    public String shared() {
        return display(ScriptableObject.getProperty(scope, "shared"));
    }

    /** The last {@code count} evaluations, from every tab, newest first. */
    public List<Evaluation> history(int count) {
        synchronized (history) {
            return new ArrayList<>(history).subList(0, Math.min(count, history.size()));
        }
    }

    private String display(Object value) {
        if (value == null || value instanceof Undefined || value == ScriptableObject.NOT_FOUND) {
            return value == null ? "null" : "undefined";
        }
        if (value instanceof Function) {
            return Context.toString(value);
        }
        String text;
        try {
            Object json = NativeJSON.stringify(context, scope, value, null, 2);
            text = json instanceof String string ? string : Context.toString(value);
        } catch (RhinoException cyclic) {
            text = Context.toString(value); // JSON cannot hold it (a cycle, say): the script's own text form
        }
        return text.length() <= MAX_DISPLAY
                ? text
                : text.substring(0, MAX_DISPLAY) + "… (" + text.length() + " characters)";
    }

    /** Stops a script past its time limit, or whose caller has gone (the group's thread was interrupted). */
    private final class GuardedFactory extends ContextFactory {
        @Override
        protected void observeInstructionCount(Context cx, int instructionCount) {
            if (Thread.currentThread().isInterrupted()) {
                throw new StopScript("Stopped: the tab that ran this script no longer waits for it.");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new StopScript("Stopped: the script ran for more than " + timeLimit.toMillis()
                        + " ms. Scripts share one engine: keep them short.");
            }
        }
    }

    /**
     * Thrown between two instructions of a script to stop it. An {@link Error}, not an exception,
     * so that the script cannot catch it.
     */
    private static final class StopScript extends Error {
        StopScript(String message) {
            super(message, null, false, false);
        }
    }
}
