package dev.weft.runtime.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Limited;
import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * No permit ever leaks, whatever the interleaving of finish, failure, interrupt, timeout and
 * hand-off: after every storm all permits are free again, and none was ever exceeded.
 */
class LimiterInterleavingTest {

    @RepeatedTest(200)
    void randomFinishFailureInterruptAndTimeout_leakNoPermit() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int permits = random.nextInt(1, 4);
        int queue = random.nextInt(0, 30);
        long timeout = random.nextBoolean() ? 0 : random.nextInt(1, 20);
        LocalLimiter limiter = new LocalLimiter(
                new LimitDefinition("storm", permits, queue, timeout, Limited.Scope.SERVER, false),
                new RunTimes(),
                random.nextBoolean() ? 0 : 1_000_000);
        LimitGroup group = new LimitGroup(limiter.definition(), LimitMeters.NONE);
        Limiter metered = group.metered(limiter);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int ending = random.nextInt(4);
            Thread caller = Thread.ofVirtual().start(() -> {
                try (Limiter.Permit permit = (ending % 2 == 0 ? limiter : metered).acquire((position, eta) -> {})) {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    boolean left = false;
                    try {
                        if (ending == 1) {
                            throw new IllegalStateException("the call fails");
                        }
                        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 3));
                        if (ending == 2) {
                            inside.decrementAndGet();
                            left = true;
                            permit.close(); // closed early, then again by try-with-resources
                        }
                    } finally {
                        if (!left) {
                            inside.decrementAndGet();
                        }
                    }
                } catch (InterruptedException | LimitedException | IllegalStateException expected) {
                    // interrupted while waiting or running, refused, timed out, or the call failed
                }
            });
            callers.add(caller);
            if (random.nextInt(5) == 0) {
                Thread.sleep(0, random.nextInt(100_000));
            }
            if (random.nextInt(4) == 0) {
                callers.get(random.nextInt(callers.size())).interrupt();
            }
        }
        for (Thread caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(20));
            assertThat(caller.isAlive()).as("a caller is stuck").isFalse();
        }
        assertThat(most.get()).isLessThanOrEqualTo(permits);
        assertThat(limiter.waiting()).isZero();
        assertThat(limiter.running()).isZero();
        assertThat(group.waiting()).isZero();
        assertThat(group.running()).isZero();
        List<Limiter.Permit> all = new ArrayList<>();
        for (int i = 0; i < permits; i++) {
            all.add(limiter.acquire(Limiter.QueueListener.NONE)); // every permit is free, at once
        }
        all.forEach(Limiter.Permit::close);
    }

    @Test
    void aPermitHandedToAWaiterAsItIsInterrupted_isPassedOnNotLost() throws Exception {
        for (int round = 0; round < 500; round++) {
            LocalLimiter limiter = new LocalLimiter(
                    new LimitDefinition("race", 1, 10, 0, Limited.Scope.SERVER, false), new RunTimes(), 0);
            Limiter.Permit held = limiter.acquire(Limiter.QueueListener.NONE);
            AtomicReference<Limiter.Permit> got = new AtomicReference<>();
            Thread waiter = Thread.ofVirtual().start(() -> {
                try {
                    got.set(limiter.acquire(Limiter.QueueListener.NONE));
                } catch (InterruptedException e) {
                    // left the line, holding nothing
                }
            });
            LocalLimiterTest.awaitWaiting(limiter, 1);
            Thread closer = Thread.ofVirtual().start(held::close);
            waiter.interrupt();
            closer.join(5_000);
            waiter.join(5_000);
            if (got.get() != null) {
                assertThat(limiter.running()).isEqualTo(1);
                got.get().close();
            }
            assertThat(limiter.running()).as("round %d", round).isZero();
            assertThat(limiter.waiting()).isZero();
        }
    }
}
