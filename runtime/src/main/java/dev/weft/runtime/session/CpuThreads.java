package dev.weft.runtime.session;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The platform threads that {@code @Fragment(cpu = true)} runs compute on: as many as there are
 * cores, shared by every session of the server, started when first needed.
 *
 * <p>Why not virtual threads: a virtual thread is not time-sliced. Once as many virtual threads as
 * there are cores compute without blocking, they hold every carrier, and no other virtual thread
 * (another session's fragment, or the run a widget change just started) runs until one of them
 * blocks or ends. Platform threads are time-sliced by the operating system, so a CPU-bound run here
 * shares the cores with the carriers and Vert.x's event loops instead of shutting them out. With
 * one thread per core the CPU-bound runs together can use every core; runs beyond that wait in this
 * pool's queue, not on a carrier.
 */
final class CpuThreads {

    /** The pool; its threads are daemons, so a run that never ends does not keep the JVM alive. */
    static final Executor POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().daemon().name("weft-cpu-", 0).factory());

    private CpuThreads() {}
}
