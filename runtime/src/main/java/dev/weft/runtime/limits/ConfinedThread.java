package dev.weft.runtime.limits;

import dev.weft.runtime.identity.RunAs;
import dev.weft.runtime.wire.Errors;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The one dedicated, long-lived platform thread of a {@link dev.weft.Limited#confined() confined}
 * group, named {@code weft-confined-<group>}: every call of the group runs on it, one at a time, in
 * the order the calls arrive. Before the first call it runs the group's {@code @ConfinedInit}
 * method, if there is one; if that throws, every call fails with it as the cause.
 *
 * <p>A caller hands its call over together with its permit and waits for the result, or for the
 * call's exception, which it gets back as thrown. The permit is given back by this thread when the
 * call has really ended, not before: the runtime the group guards stays busy until then.
 *
 * <p>A caller interrupted while it waits (its fragment was superseded or its session closed) returns
 * at once with an {@link InterruptedException}. A call that has not started yet then never runs;
 * one that is running has this thread interrupted, so that it can stop early, and the interrupt is
 * cleared before the next call, which never sees it.
 */
final class ConfinedThread {

    private static final Logger LOG = Logger.getLogger(ConfinedThread.class);

    private static final int PENDING = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;

    private final String group;
    private final Callable<?> initializer;
    private final Thread thread;
    private final LinkedBlockingQueue<Call<?>> calls = new LinkedBlockingQueue<>();
    private final ReentrantLock interrupts = new ReentrantLock();
    private Call<?> current; // guarded by interrupts
    private volatile Throwable initFailure;
    private volatile boolean stopping;

    /**
     * Starts the thread.
     *
     * @param initializer runs on the thread before any call, or null when the group has none
     */
    ConfinedThread(String group, Callable<?> initializer) {
        this.group = group;
        this.initializer = initializer;
        this.thread = Thread.ofPlatform()
                .name("weft-confined-" + group)
                .daemon(true) // a call that never returns must not keep the JVM alive after shutdown
                .unstarted(this::loop);
        thread.start();
    }

    /**
     * Runs {@code body} on the group's thread and returns its result.
     *
     * @param permit the caller's permit, given back when the call has ended (or at once if it never
     *     runs)
     * @throws Exception what {@code body} threw, as it threw it
     * @throws InterruptedException when the caller was interrupted while waiting
     */
    <T> T call(Callable<T> body, Limiter.Permit permit) throws Exception {
        // The call runs as the caller's user, with a request context of its own, as the caller does.
        Call<T> call = new Call<>(RunAs.carried(body), permit, RunContext.current());
        calls.add(call);
        if (stopping) {
            drain(); // the thread may already be gone: fail what it will never take
        }
        try {
            return call.result.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            cancel(call);
            throw e;
        }
    }

    /** Stops the thread: calls not started fail; a running one is interrupted and waited for. */
    void stop(long waitMillis) {
        stopping = true;
        thread.interrupt();
        drain();
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warnf(
                    "The confined thread of '%s' did not stop within %d ms: a call ignores interrupts",
                    group, waitMillis);
        }
    }

    private void loop() {
        initialize();
        while (!stopping) {
            Call<?> call;
            try {
                call = calls.take();
            } catch (InterruptedException e) {
                continue; // stopping, or a stray interrupt: the loop condition decides
            }
            run(call);
        }
        drain();
    }

    private void initialize() {
        if (initializer == null) {
            return;
        }
        try {
            initializer.call();
        } catch (Throwable e) {
            initFailure = e;
            LOG.errorf(
                    e,
                    "The @ConfinedInit method of confined group '%s' failed: every call of the group will fail",
                    group);
        }
    }

    private <T> void run(Call<T> call) {
        if (!call.state.compareAndSet(PENDING, RUNNING)) {
            return; // its caller gave up before it started; its permit is back already
        }
        interrupts.lock();
        try {
            current = call;
        } finally {
            interrupts.unlock();
        }
        RunContext previous = RunContext.swap(call.context);
        T result = null;
        Throwable failure = null;
        try {
            if (initFailure != null) {
                throw new IllegalStateException(
                        "The confined group '" + group + "' could not start: its @ConfinedInit method failed ("
                                + Errors.describe(initFailure) + "). Fix it and restart the application.",
                        initFailure);
            }
            result = call.body.call();
        } catch (Throwable e) {
            failure = e;
        } finally {
            RunContext.swap(previous);
            interrupts.lock();
            try {
                current = null;
                Thread.interrupted(); // an interrupt meant for this call must not reach the next one
            } finally {
                interrupts.unlock();
            }
            call.permit.close(); // before the caller sees the outcome, as for a call on its own thread
        }
        if (failure == null) {
            call.result.complete(result);
        } else {
            call.result.completeExceptionally(failure);
        }
    }

    private void cancel(Call<?> call) {
        if (call.state.compareAndSet(PENDING, CANCELLED)) {
            call.permit.close();
            return;
        }
        interrupts.lock();
        try {
            if (current == call) {
                thread.interrupt();
            }
        } finally {
            interrupts.unlock();
        }
    }

    private void drain() {
        Call<?> call;
        while ((call = calls.poll()) != null) {
            if (call.state.compareAndSet(PENDING, CANCELLED)) {
                call.result.completeExceptionally(new IllegalStateException(
                        "The confined group '" + group + "' is stopping: the application is shutting down."));
                call.permit.close();
            }
        }
    }

    private static Exception rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof Exception exception) {
            return exception;
        }
        return new IllegalStateException(failure);
    }

    /** One call handed to the thread. */
    private static final class Call<T> {
        final Callable<T> body;
        final Limiter.Permit permit;
        final RunContext context;
        final AtomicInteger state = new AtomicInteger(PENDING);
        final CompletableFuture<T> result = new CompletableFuture<>();

        Call(Callable<T> body, Limiter.Permit permit, RunContext context) {
            this.body = body;
            this.permit = permit;
            this.context = context;
        }
    }
}
