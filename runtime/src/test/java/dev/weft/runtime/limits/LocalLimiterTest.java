package dev.weft.runtime.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Limited;
import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The in-process limiter: permits, strict FIFO, the queue cap, timeouts, interrupts and place-in-line reports. */
class LocalLimiterTest {

    static LocalLimiter limiter(int permits, int queue, long timeoutMillis) {
        return new LocalLimiter(
                new LimitDefinition("gpu", permits, queue, timeoutMillis, Limited.Scope.SERVER, false),
                new RunTimes(),
                0);
    }

    @Test
    void fiveHundredCallersInLine_areServedOneAtATimeInArrivalOrder() throws Exception {
        LocalLimiter limiter = limiter(1, 1_000, 0);
        List<Limiter.Permit> blockers = new ArrayList<>();
        blockers.add(limiter.acquire(Limiter.QueueListener.NONE));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int caller = i;
            callers.add(Thread.ofVirtual().start(() -> {
                try (Limiter.Permit permit = limiter.acquire(Limiter.QueueListener.NONE)) {
                    served.add(caller);
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.yield();
                    inside.decrementAndGet();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            awaitWaiting(limiter, i + 1); // caller i is in line before caller i + 1 comes
        }
        blockers.forEach(Limiter.Permit::close);
        for (Thread caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(served).hasSize(500);
        List<Integer> arrival = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            arrival.add(i);
        }
        assertThat(served).as("granted in arrival order").isEqualTo(arrival);
        assertThat(most.get()).isEqualTo(1);
        assertThat(limiter.running()).isZero();
        assertThat(limiter.waiting()).isZero();
    }

    @Test
    void withFourPermits_eachFreedRoundGoesToTheNextFourInLine() throws Exception {
        LocalLimiter limiter = limiter(4, 1_000, 0);
        List<Limiter.Permit> blockers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            blockers.add(limiter.acquire(Limiter.QueueListener.NONE));
        }
        int callers = 200;
        List<CountDownLatch> done = new ArrayList<>();
        List<Integer> served = new CopyOnWriteArrayList<>();
        for (int i = 0; i < callers; i++) {
            int caller = i;
            CountDownLatch finish = new CountDownLatch(1);
            done.add(finish);
            Thread.ofVirtual().start(() -> {
                try (Limiter.Permit permit = limiter.acquire(Limiter.QueueListener.NONE)) {
                    served.add(caller);
                    finish.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaiting(limiter, i + 1);
        }
        blockers.forEach(Limiter.Permit::close);
        for (int round = 0; round < callers / 4; round++) {
            awaitSize(served, (round + 1) * 4);
            assertThat(limiter.running()).isEqualTo(4);
            assertThat(served.subList(round * 4, round * 4 + 4))
                    .as("round %d", round)
                    .containsExactlyInAnyOrder(round * 4, round * 4 + 1, round * 4 + 2, round * 4 + 3);
            for (int i = round * 4; i < round * 4 + 4; i++) {
                done.get(i).countDown();
            }
        }
        awaitSize(served, callers);
        assertThat(served).hasSize(callers);
    }

    @Test
    void fiveHundredCallersAtOnce_neverExceedThePermits() throws Exception {
        LocalLimiter limiter = limiter(3, 1_000, 0);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    try (Limiter.Permit permit = limiter.acquire(Limiter.QueueListener.NONE)) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(1);
                        inside.decrementAndGet();
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(most.get()).isEqualTo(3);
        assertThat(limiter.running()).isZero();
    }

    @Test
    void oneMoreThanTheQueue_isRefusedAtOnce_withAClearMessage() throws Exception {
        LocalLimiter limiter = limiter(1, 2, 0);
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
        Thread first = Thread.ofVirtual().start(() -> acquireAndClose(limiter));
        awaitWaiting(limiter, 1);
        Thread second = Thread.ofVirtual().start(() -> acquireAndClose(limiter));
        awaitWaiting(limiter, 2);

        assertThatThrownBy(() -> limiter.acquire(Limiter.QueueListener.NONE))
                .isInstanceOfSatisfying(
                        LimitedException.class, e -> assertThat(e.reason()).isEqualTo(LimitedException.Reason.BUSY))
                .hasMessage("Busy: 2 people are already waiting for 'gpu'. Try again in a moment.");
        assertThat(limiter.waiting())
                .as("the refused caller never joined the line")
                .isEqualTo(2);

        held.close();
        first.join(5_000);
        second.join(5_000);
        assertThat(limiter.running()).isZero();
    }

    @Test
    void noQueue_refusesWhenAllPermitsAreTaken() throws Exception {
        LocalLimiter limiter = limiter(1, 0, 0);
        try (Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE)) {
            assertThatThrownBy(() -> limiter.acquire(Limiter.QueueListener.NONE))
                    .hasMessage("Busy: 'gpu' is in use and takes nobody in line. Try again in a moment.");
        }
    }

    @Test
    void aWaitLongerThanTheTimeout_endsWithTimedOut_andLeavesNothingBehind() throws Exception {
        LocalLimiter limiter = limiter(1, 10, 200);
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);

        assertThatThrownBy(() -> limiter.acquire(Limiter.QueueListener.NONE))
                .isInstanceOfSatisfying(LimitedException.class, e -> assertThat(e.reason())
                        .isEqualTo(LimitedException.Reason.TIMED_OUT))
                .hasMessage("Timed out: waited 200 ms for 'gpu' without getting a turn. Try again later.");
        assertThat(limiter.waiting()).isZero();

        held.close();
        assertThat(limiter.running()).isZero();
        limiter.acquire(Limiter.QueueListener.NONE).close(); // the permit is free again, at once
    }

    @Test
    void anInterruptedWaiter_leavesTheLineAtOnce_andThoseBehindMoveUp() throws Exception {
        LocalLimiter limiter = limiter(1, 10, 0);
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
        AtomicReference<Throwable> firstOutcome = new AtomicReference<>();
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                limiter.acquire(Limiter.QueueListener.NONE).close();
            } catch (Throwable e) {
                firstOutcome.set(e);
            }
        });
        awaitWaiting(limiter, 1);
        List<Integer> positions = new CopyOnWriteArrayList<>();
        Thread second = Thread.ofVirtual().start(() -> {
            try {
                limiter.acquire((position, eta) -> positions.add(position)).close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitWaiting(limiter, 2);

        first.interrupt();
        first.join(5_000);
        assertThat(firstOutcome.get()).isInstanceOf(InterruptedException.class);
        awaitWaiting(limiter, 1);
        awaitSize(positions, 2);
        assertThat(positions).containsExactly(2, 1);

        held.close();
        second.join(5_000);
        assertThat(limiter.running()).isZero();
    }

    @Test
    void everyWaiterIsToldItsPlace_countingDown_asTheLineMoves() throws Exception {
        LocalLimiter limiter = limiter(1, 10, 0);
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
        List<List<Integer>> seen =
                List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<CountDownLatch> release = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int waiter = i;
            waiters.add(Thread.ofVirtual().start(() -> {
                try (Limiter.Permit permit =
                        limiter.acquire((position, eta) -> seen.get(waiter).add(position))) {
                    release.get(waiter).await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            awaitWaiting(limiter, i + 1);
        }
        held.close();
        awaitSize(seen.get(1), 2);
        awaitSize(seen.get(2), 2);
        release.get(0).countDown();
        awaitSize(seen.get(2), 3);
        release.get(1).countDown();
        release.get(2).countDown();
        for (Thread waiter : waiters) {
            waiter.join(5_000);
        }
        assertThat(seen.get(0)).containsExactly(1);
        assertThat(seen.get(1)).containsExactly(2, 1);
        assertThat(seen.get(2)).containsExactly(3, 2, 1);
    }

    @Test
    void aWaiterThrottledWhileItsPlaceChanges_reportsTheLatestPlaceAtTheEndOfTheInterval() throws Exception {
        LocalLimiter limiter = new LocalLimiter(
                new LimitDefinition("gpu", 1, 10, 0, Limited.Scope.SERVER, false),
                new RunTimes(),
                TimeUnit.MILLISECONDS.toNanos(1_500));
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
        List<Limiter.Permit> granted = new CopyOnWriteArrayList<>();
        List<CountDownLatch> release = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CountDownLatch done = new CountDownLatch(1);
            release.add(done);
            Thread.ofVirtual().start(() -> {
                try (Limiter.Permit permit = limiter.acquire(Limiter.QueueListener.NONE)) {
                    granted.add(permit);
                    done.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaiting(limiter, i + 1);
        }
        List<Integer> positions = new CopyOnWriteArrayList<>();
        Thread last = Thread.ofVirtual().start(() -> {
            try {
                limiter.acquire((position, eta) -> positions.add(position)).close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitSize(positions, 1);
        held.close(); // 4 -> 3, within the interval
        awaitSize(granted, 1);
        release.get(0).countDown(); // 3 -> 2, still within it
        awaitSize(granted, 2);
        awaitSize(positions, 2);
        assertThat(positions).containsExactly(4, 2);
        release.get(1).countDown();
        release.get(2).countDown();
        last.join(5_000);
    }

    @Test
    void estimates_comeFromTheGroupsRecentRunTimes() throws Exception {
        RunTimes runTimes = new RunTimes();
        runTimes.record(1_000);
        LocalLimiter limiter =
                new LocalLimiter(new LimitDefinition("gpu", 1, 10, 0, Limited.Scope.SERVER, false), runTimes, 0);
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
        List<Long> etas = new CopyOnWriteArrayList<>();
        Thread first = Thread.ofVirtual().start(() -> acquireAndClose(limiter));
        awaitWaiting(limiter, 1);
        Thread second = Thread.ofVirtual().start(() -> {
            try {
                limiter.acquire((position, eta) -> etas.add(eta)).close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitWaiting(limiter, 2);
        awaitSize(etas, 1);
        assertThat(etas.get(0)).as("two runs of about 1 s ahead").isBetween(1_800L, 2_000L);
        held.close();
        first.join(5_000);
        second.join(5_000);
    }

    @Test
    void estimates_countWhatTheRunningCallHasAlreadyDone() throws Exception {
        RunTimes runTimes = new RunTimes();
        runTimes.record(1_000);
        LocalLimiter limiter =
                new LocalLimiter(new LimitDefinition("gpu", 1, 10, 0, Limited.Scope.SERVER, false), runTimes, 0);
        Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
        Thread.sleep(400);
        List<Long> etas = new CopyOnWriteArrayList<>();
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                limiter.acquire((position, eta) -> etas.add(eta)).close();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitSize(etas, 1);
        assertThat(etas.get(0)).as("the running call is 400 ms into its 1 s").isBetween(0L, 600L);
        held.close();
        waiter.join(5_000);
    }

    @Test
    void aPermitClosedTwice_isGivenBackOnce() throws Exception {
        LocalLimiter limiter = limiter(2, 10, 0);
        Limiter.Permit first = limiter.acquire(Limiter.QueueListener.NONE);
        Limiter.Permit second = limiter.acquire(Limiter.QueueListener.NONE);
        first.close();
        first.close();
        assertThat(limiter.running()).isEqualTo(1);
        second.close();
        assertThat(limiter.running()).isZero();
    }

    @Test
    void anAlreadyInterruptedCaller_takesNothing() {
        LocalLimiter limiter = limiter(1, 10, 0);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> limiter.acquire(Limiter.QueueListener.NONE)).isInstanceOf(InterruptedException.class);
        assertThat(limiter.running()).isZero();
    }

    static void acquireAndClose(Limiter limiter) {
        try {
            limiter.acquire(Limiter.QueueListener.NONE).close();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitWaiting(LocalLimiter limiter, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (limiter.waiting() != waiting) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + waiting + " in line, have " + limiter.waiting());
            }
            Thread.sleep(1);
        }
    }

    static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + size + " entries, have " + list);
            }
            Thread.sleep(1);
        }
    }
}
