package dev.weft.runtime.limits.cluster;

import static dev.weft.runtime.limits.cluster.ClusterFixture.limit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;
import dev.weft.runtime.config.WeftConfig.OnUnavailable;
import dev.weft.runtime.limits.Limiter;
import dev.weft.runtime.limits.Limiter.Permit;
import dev.weft.runtime.limits.Limiter.QueueListener;
import dev.weft.runtime.limits.RunTimes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two {@link RedisLimiter}s of one group, each in its own {@link RedisClusterLimiters} with its own
 * Redis connections (two servers of one application), against a real redis-server.
 */
class RedisLimiterTest {

    static final Duration LEASE = Duration.ofMillis(1500);

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private ClusterFixture cluster;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        cluster = new ClusterFixture(REDIS.uri());
        threads = Executors.newVirtualThreadPerTaskExecutor();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        cluster.close();
    }

    /** One server's limiter of {@code definition}. */
    private Limiter server(LimitDefinition definition) {
        return cluster.instance(LEASE, OnUnavailable.REFUSE).create(definition, new RunTimes());
    }

    @Test
    void twoServers_manyConcurrentCallers_neverRunMoreThanThePermitsTogether() throws Exception {
        LimitDefinition shared = limit("shared", 3, 1000, 0);
        Limiter a = server(shared);
        Limiter b = server(shared);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Limiter limiter = i % 2 == 0 ? a : b;
            calls.add(threads.submit(() -> {
                try (Permit permit = limiter.acquire(QueueListener.NONE)) {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(3);
                    running.decrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get(120, TimeUnit.SECONDS);
        }

        assertThat(most.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
        assertThat(cluster.count("shared", "leases")).isZero();
        assertThat(cluster.count("shared", "line")).isZero();
    }

    @Test
    void callersOfBothServers_areServedInTheOrderTheyCame() throws Exception {
        LimitDefinition fifo = limit("fifo", 1, 100, 0);
        Limiter a = server(fifo);
        Limiter b = server(fifo);
        Permit blocker = a.acquire(QueueListener.NONE);
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int caller = i;
            Limiter limiter = i % 2 == 0 ? b : a;
            CountDownLatch inLine = new CountDownLatch(1);
            AtomicInteger firstPosition = new AtomicInteger();
            calls.add(threads.submit(() -> {
                try (Permit permit = limiter.acquire((position, eta) -> {
                    firstPosition.compareAndSet(0, position);
                    inLine.countDown();
                })) {
                    served.add(caller);
                }
                return null;
            }));
            assertThat(inLine.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(firstPosition.get()).isEqualTo(caller + 1);
        }

        blocker.close();
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }

        assertThat(served).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void waiters_areToldTheirPlaceAndEstimatedWait_asTheLineMovesAcrossServers() throws Exception {
        LimitDefinition gpu = limit("positions", 1, 100, 0);
        RunTimes oneSecondRuns = new RunTimes();
        oneSecondRuns.record(1000);
        Limiter a = cluster.instance(LEASE, OnUnavailable.REFUSE).create(gpu, oneSecondRuns);
        Limiter b = server(gpu); // has seen no run: no estimate
        Permit held = b.acquire(QueueListener.NONE);
        Waiting first = new Waiting(b);
        Waiting second = new Waiting(a);
        Waiting third = new Waiting(a);

        // Each permit is kept until the next waiters were told their new place: were it given back at
        // once, the next waiter could be granted before its server heard of the move, and skip a place.
        held.close();
        Permit firstHeld = first.permit();
        second.awaitPosition(1);
        third.awaitPosition(2);
        firstHeld.close();
        Permit secondHeld = second.permit();
        third.awaitPosition(1);
        secondHeld.close();
        third.permit().close();

        assertThat(first.positions).containsExactly(1);
        assertThat(first.etas).startsWith(-1L);
        assertThat(second.positions).containsExactly(2, 1);
        assertThat(second.etas).startsWith(2000L);
        assertThat(third.positions).containsExactly(3, 2, 1);
        assertThat(third.etas).startsWith(3000L);
    }

    /** A caller waiting in line on another thread, recording what its listener is told. */
    private final class Waiting {
        final List<Integer> positions = Collections.synchronizedList(new ArrayList<>());
        final List<Long> etas = Collections.synchronizedList(new ArrayList<>());
        private final Future<Permit> permit;

        Waiting(Limiter limiter) throws InterruptedException {
            this.permit = threads.submit(() -> limiter.acquire((position, eta) -> {
                if (positions.isEmpty() || positions.getLast() != position) {
                    positions.add(position);
                }
                etas.add(eta);
            }));
            awaitPosition(-1);
        }

        /** Waits until the listener was told {@code position} (any, for -1). */
        void awaitPosition(int position) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (position == -1 ? positions.isEmpty() : !positions.contains(position)) {
                assertThat(System.nanoTime())
                        .as("told position %d in time", position)
                        .isLessThan(deadline);
                Thread.sleep(5);
            }
        }

        Permit permit() throws Exception {
            return permit.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aServerThatDies_givesItsPermitBack_afterItsLeaseTime() throws Exception {
        LimitDefinition gpu = limit("crash", 1, 10, 0);
        RedisClusterLimiters dying = cluster.instance(LEASE, OnUnavailable.REFUSE);
        Limiter a = dying.create(gpu, new RunTimes());
        Limiter b = server(gpu);
        a.acquire(QueueListener.NONE); // held by a server that is about to die
        long expiry = cluster.latestLeaseExpiry("crash");

        dying.close(); // stops renewing, gives nothing back: as a killed process
        try (Permit permit = b.acquire(QueueListener.NONE)) {
            assertThat(cluster.redisMillis()).isGreaterThanOrEqualTo(expiry);
        }
    }

    @Test
    void aRunningCall_keepsItsPermitPastTheLeaseTime_whileItsServerRenewsIt() throws Exception {
        LimitDefinition gpu = limit("renewed", 1, 10, 0);
        Limiter a = server(gpu);
        Limiter b = server(gpu);
        Permit held = a.acquire(QueueListener.NONE);
        CountDownLatch inLine = new CountDownLatch(1);
        Future<Permit> waiting = threads.submit(() -> b.acquire((position, eta) -> inLine.countDown()));
        assertThat(inLine.await(10, TimeUnit.SECONDS)).isTrue();

        Thread.sleep(LEASE.multipliedBy(3).toMillis());
        assertThat(waiting).isNotDone();

        held.close();
        waiting.get(10, TimeUnit.SECONDS).close();
    }

    @Test
    void oneCallerMoreThanTheQueue_onEitherServer_isRefusedAtOnce() throws Exception {
        LimitDefinition capped = limit("cap", 1, 2, 0);
        Limiter a = server(capped);
        Limiter b = server(capped);
        Permit held = a.acquire(QueueListener.NONE);
        List<Future<Permit>> waiters = new ArrayList<>();
        for (Limiter limiter : List.of(b, a)) {
            CountDownLatch inLine = new CountDownLatch(1);
            waiters.add(threads.submit(() -> limiter.acquire((position, eta) -> inLine.countDown())));
            assertThat(inLine.await(10, TimeUnit.SECONDS)).isTrue();
        }

        for (Limiter limiter : List.of(a, b)) {
            assertThatThrownBy(() -> limiter.acquire(QueueListener.NONE))
                    .isInstanceOfSatisfying(
                            LimitedException.class, e -> assertThat(e.reason()).isEqualTo(LimitedException.Reason.BUSY))
                    .hasMessage("Busy: 2 people are already waiting for 'cap'. Try again in a moment.");
        }

        held.close();
        for (Future<Permit> waiter : waiters) {
            waiter.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void aWaitLongerThanTheTimeout_endsWithAClearError_andLeavesTheLine() throws Exception {
        LimitDefinition slow = limit("slow", 1, 10, 300);
        Limiter a = server(slow);
        Limiter b = server(slow);
        Permit held = a.acquire(QueueListener.NONE);

        assertThatThrownBy(() -> b.acquire(QueueListener.NONE))
                .isInstanceOfSatisfying(LimitedException.class, e -> assertThat(e.reason())
                        .isEqualTo(LimitedException.Reason.TIMED_OUT))
                .hasMessage("Timed out: waited 300 ms for 'slow' without getting a turn. Try again later.");
        assertThat(cluster.count("slow", "line")).isZero();
        assertThat(cluster.count("slow", "tickets")).isZero();

        held.close();
        b.acquire(QueueListener.NONE).close();
    }

    @Test
    void anInterruptedWaiter_leavesTheLineAtOnce_andThoseBehindMoveUp() throws Exception {
        LimitDefinition gpu = limit("interrupt", 1, 10, 0);
        Limiter a = server(gpu);
        Limiter b = server(gpu);
        Permit held = a.acquire(QueueListener.NONE);
        CountDownLatch firstInLine = new CountDownLatch(1);
        AtomicInteger lineAfterInterrupt = new AtomicInteger(-1);
        Thread first = Thread.ofVirtual().start(() -> {
            try {
                b.acquire((position, eta) -> firstInLine.countDown()).close();
            } catch (InterruptedException expected) {
                lineAfterInterrupt.set((int) cluster.count("interrupt", "line"));
            }
        });
        assertThat(firstInLine.await(10, TimeUnit.SECONDS)).isTrue();
        List<Integer> secondPositions = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch movedUp = new CountDownLatch(1);
        Future<Permit> second = threads.submit(() -> a.acquire((position, eta) -> {
            if (secondPositions.isEmpty() || secondPositions.getLast() != position) {
                secondPositions.add(position);
            }
            if (position == 1) {
                movedUp.countDown();
            }
        }));
        while (secondPositions.isEmpty()) {
            Thread.sleep(10);
        }

        first.interrupt();
        first.join(10_000);

        assertThat(lineAfterInterrupt.get()).isEqualTo(1);
        assertThat(movedUp.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(secondPositions).containsExactly(2, 1);
        held.close();
        second.get(10, TimeUnit.SECONDS).close();
    }

    @Test
    void randomInterleavingsOfFinishInterruptAndTimeout_leakNoPermit() throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 15; round++) {
            String group = "random" + round;
            Limiter a = server(limit(group, 2, 100, 0));
            Limiter b = server(limit(group, 2, 100, 0));
            Limiter impatient = server(limit(group, 2, 100, 1 + random.nextInt(30)));
            List<Thread> callers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Limiter limiter = List.of(a, b, impatient).get(random.nextInt(3));
                int hold = random.nextInt(15);
                callers.add(Thread.ofVirtual().start(() -> {
                    try (Permit permit = limiter.acquire(QueueListener.NONE)) {
                        Thread.sleep(hold);
                    } catch (InterruptedException | LimitedException expected) {
                        // interrupted while waiting or holding, or timed out: both must leak nothing
                    }
                }));
            }
            for (Thread caller : callers) {
                if (random.nextBoolean()) {
                    Thread.sleep(random.nextInt(10));
                    caller.interrupt();
                }
            }
            for (Thread caller : callers) {
                caller.join(30_000);
                assertThat(caller.isAlive()).isFalse();
            }

            assertThat(cluster.count(group, "leases"))
                    .as("leases after round %d", round)
                    .isZero();
            assertThat(cluster.count(group, "line"))
                    .as("line after round %d", round)
                    .isZero();
            assertThat(cluster.count(group, "tickets"))
                    .as("tickets after round %d", round)
                    .isZero();
        }
    }

    @Test
    void everyPermit_canBeTakenAgain_afterAllCallsEnded() throws Exception {
        LimitDefinition two = limit("again", 2, 0, 0);
        Limiter a = server(two);
        Limiter b = server(two);
        IntStream.range(0, 20).forEach(i -> {
            try {
                (i % 2 == 0 ? a : b).acquire(QueueListener.NONE).close();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });

        Permit first = a.acquire(QueueListener.NONE);
        Permit second = b.acquire(QueueListener.NONE);
        assertThatThrownBy(() -> a.acquire(QueueListener.NONE)).isInstanceOf(LimitedException.class);
        first.close();
        second.close();
    }
}
