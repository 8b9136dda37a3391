package dev.weft.runtime.limits.cluster;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * Lets at most a few Redis commands of the cluster limits be under way at once, and queues the
 * others in order, without blocking anyone.
 *
 * <p>The Quarkus Redis client fails a command outright when its pool is exhausted (by default 6
 * connections and 24 commands waiting for one), and a burst of callers, or of permits given back,
 * would otherwise send a command each at the same moment; a command refused that way would count as
 * Redis being unreachable. {@value #MAX_RUNNING} under way leaves the pool room for the
 * application's own use of Redis.
 */
final class CommandGate {

    /** The most commands under way at once. */
    static final int MAX_RUNNING = 12;

    private final Queue<Runnable> queued = new ArrayDeque<>(); // guarded by this
    private int running; // guarded by this

    /** {@code command}, started once fewer than {@link #MAX_RUNNING} others are under way. */
    <T> Uni<T> submit(Supplier<Uni<T>> command) {
        return Uni.createFrom().emitter(emitter -> {
            Runnable start = () -> {
                try {
                    command.get()
                            .subscribe()
                            .with(
                                    item -> {
                                        done();
                                        emitter.complete(item);
                                    },
                                    failure -> {
                                        done();
                                        emitter.fail(failure);
                                    });
                } catch (RuntimeException e) {
                    done();
                    emitter.fail(e);
                }
            };
            synchronized (this) {
                if (running >= MAX_RUNNING) {
                    queued.add(start);
                    return;
                }
                running++;
            }
            start.run();
        });
    }

    private void done() {
        Runnable next;
        synchronized (this) {
            next = queued.poll();
            if (next == null) {
                running--;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
