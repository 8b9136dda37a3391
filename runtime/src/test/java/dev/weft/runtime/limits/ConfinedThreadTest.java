package dev.weft.runtime.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Confined groups: one long-lived platform thread per group, initialized first, results and exceptions handed back. */
class ConfinedThreadTest {

    static final LimitDefinition JULIA = new LimitDefinition("julia", 1, 1_000, 0, Limited.Scope.SERVER, true);

    final List<String> initializedOn = new CopyOnWriteArrayList<>();
    final Map<String, Callable<?>> initializers = new ConcurrentHashMap<>();
    final Limiters limiters = new Limiters(Duration.ZERO, LimitMeters.NONE, () -> null, initializers::get);

    @AfterEach
    void stop() {
        limiters.stop();
    }

    @Test
    void everyCall_runsOnTheGroupsOwnThread_afterItsInitializationRanThere() throws Exception {
        initializers.put("julia", () -> initializedOn.add(Thread.currentThread().getName()));
        List<Thread> ranOn = new CopyOnWriteArrayList<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                try {
                    limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        ranOn.add(Thread.currentThread());
                        Thread.sleep(1);
                        inside.decrementAndGet();
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join(10_000);
        }
        assertThat(initializedOn).containsExactly("weft-confined-julia");
        assertThat(ranOn).hasSize(50);
        assertThat(ranOn.stream().distinct().toList()).hasSize(1);
        Thread thread = ranOn.get(0);
        assertThat(thread.getName()).isEqualTo("weft-confined-julia");
        assertThat(thread.isVirtual()).as("a platform thread").isFalse();
        assertThat(most.get()).as("one call at a time").isEqualTo(1);
    }

    @Test
    void theCallersResult_andItsExceptionAsThrown_comeBack() throws Exception {
        assertThat(limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> 6 * 7))
                .isEqualTo(42);
        Exception thrown = new java.io.IOException("the runtime crashed");
        assertThatThrownBy(() -> limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> {
                    throw thrown;
                }))
                .isSameAs(thrown);
        assertThat(limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> "still works"))
                .isEqualTo("still works");
    }

    @Test
    void aFailedInitialization_failsEveryCall_withItAsTheCause() {
        IllegalArgumentException broken = new IllegalArgumentException("no libjulia");
        initializers.put("julia", () -> {
            throw broken;
        });
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> "never"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The confined group 'julia' could not start")
                    .hasCause(broken);
        }
    }

    @Test
    void aCallerInterruptedWhileItsCallRuns_returnsAtOnce_theCallIsInterrupted_andTheNextCallIsNot() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean callInterrupted = new AtomicBoolean();
        AtomicReference<Throwable> callerGot = new AtomicReference<>();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> {
                    running.countDown();
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        callInterrupted.set(true);
                    }
                    return null;
                });
            } catch (Throwable e) {
                callerGot.set(e);
            }
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(5_000);
        assertThat(callerGot.get()).isInstanceOf(InterruptedException.class);

        Boolean nextSeesInterrupt = limiters.call(
                JULIA, null, Limiters.Waiter.NONE, () -> Thread.currentThread().isInterrupted());
        assertThat(nextSeesInterrupt).isFalse();
        assertThat(callInterrupted).isTrue();
        assertThat(limiters.existingGroup("julia").running()).isZero();
    }

    @Test
    void aCallerInterruptedBeforeItsCallStarted_neverRunsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        LimitDefinition shared = new LimitDefinition("shared", 1, 10, 0, Limited.Scope.SESSION, true);
        AtomicBoolean secondRan = new AtomicBoolean();
        // Session scope: two sessions hold a permit each, so the second call waits at the thread itself.
        Thread first = Thread.ofVirtual()
                .start(() -> call(shared, () -> {
                    firstRunning.countDown();
                    release.await();
                    return null;
                }));
        assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
        Thread second = Thread.ofVirtual().start(() -> call(shared, () -> secondRan.getAndSet(true)));
        Thread.sleep(100);
        second.interrupt();
        second.join(5_000);
        release.countDown();
        first.join(5_000);
        assertThat(limiters.call(shared, new ConcurrentHashMap<>(), Limiters.Waiter.NONE, () -> "after"))
                .isEqualTo("after");
        assertThat(secondRan).isFalse();
        assertThat(limiters.existingGroup("shared").running()).isZero();
    }

    @Test
    void afterStop_confinedCallsFail() {
        limiters.stop();
        assertThatThrownBy(() -> limiters.call(JULIA, null, Limiters.Waiter.NONE, () -> "late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shutting down");
        assertThat(limiters.existingGroup("julia").running())
                .as("the permit came back")
                .isZero();
    }

    private void call(LimitDefinition definition, Callable<?> body) {
        try {
            limiters.call(definition, new ConcurrentHashMap<>(), Limiters.Waiter.NONE, body);
        } catch (Exception e) {
            // interrupted: expected for the second caller
        }
    }
}
