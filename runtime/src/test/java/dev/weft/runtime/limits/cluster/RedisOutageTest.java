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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis stopped under cluster limits: refused with a clear error, or run under each server's own limit. */
class RedisOutageTest {

    static final Duration LEASE = Duration.ofMillis(1500);

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private ClusterFixture cluster;
    private ExecutorService threads;
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(record);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void setUp() {
        REDIS.start();
        cluster = new ClusterFixture(REDIS.uri());
        threads = Executors.newVirtualThreadPerTaskExecutor();
        Logger.getLogger(RedisHealth.class.getName()).addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger(RedisHealth.class.getName()).removeHandler(capture);
        threads.shutdownNow();
        cluster.close();
        REDIS.start();
    }

    private Limiter server(LimitDefinition definition, OnUnavailable onUnavailable) {
        return cluster.instance(LEASE, onUnavailable).create(definition, new RunTimes());
    }

    @Test
    void redisDown_refusesEachCallAtOnce_withOneWarning_untilRedisIsBack() throws Exception {
        Limiter limiter = server(limit("down", 1, 10, 0), OnUnavailable.REFUSE);
        limiter.acquire(QueueListener.NONE).close();

        REDIS.stop();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> limiter.acquire(QueueListener.NONE))
                    .isInstanceOfSatisfying(LimitedException.class, e -> assertThat(e.reason())
                            .isEqualTo(LimitedException.Reason.UNAVAILABLE))
                    .hasMessage("The shared limit 'down' is unavailable: Redis at " + REDIS.uri()
                            + " cannot be reached. Try again when it is back, or set"
                            + " quarkus.weft.limits.cluster.on-unavailable=local to run such calls under each server's"
                            + " own limit meanwhile.");
        }
        synchronized (warnings) {
            assertThat(warnings).hasSize(1);
            assertThat(text(warnings.getFirst())).contains("calls of cluster limits are refused");
        }

        REDIS.start();
        eventually(limiter).close();
    }

    @Test
    void redisDown_whileACallerWaits_endsItsWaitWithTheSameError() throws Exception {
        LimitDefinition gpu = limit("waiting", 1, 10, 0);
        Limiter a = server(gpu, OnUnavailable.REFUSE);
        Limiter b = server(gpu, OnUnavailable.REFUSE);
        Permit held = a.acquire(QueueListener.NONE);
        CountDownLatch inLine = new CountDownLatch(1);
        Future<Permit> waiter = threads.submit(() -> b.acquire((position, eta) -> inLine.countDown()));
        assertThat(inLine.await(10, TimeUnit.SECONDS)).isTrue();

        REDIS.stop();

        assertThatThrownBy(() -> waiter.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(LimitedException.class, e -> assertThat(e.reason())
                        .isEqualTo(LimitedException.Reason.UNAVAILABLE));
        held.close(); // gives nothing back now, and does not fail: the lease expires by itself
    }

    @Test
    void redisDown_withLocalFallback_runsCallsUnderThisServersOwnPermits() throws Exception {
        Limiter limiter = server(limit("local", 1, 10, 0), OnUnavailable.LOCAL);
        REDIS.stop();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(threads.submit(() -> {
                try (Permit permit = limiter.acquire(QueueListener.NONE)) {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    running.decrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }

        assertThat(most.get()).isEqualTo(1);
        synchronized (warnings) {
            assertThat(warnings).hasSize(1);
            assertThat(text(warnings.getFirst())).contains("run under each server's own permits");
        }
    }

    @Test
    void redisDown_whileACallerWaits_withLocalFallback_goesOnUnderTheLocalLimit() throws Exception {
        LimitDefinition gpu = limit("moves", 1, 10, 0);
        Limiter a = server(gpu, OnUnavailable.LOCAL);
        Limiter b = server(gpu, OnUnavailable.LOCAL);
        Permit held = a.acquire(QueueListener.NONE);
        CountDownLatch inLine = new CountDownLatch(1);
        Future<Permit> waiter = threads.submit(() -> b.acquire((position, eta) -> inLine.countDown()));
        assertThat(inLine.await(10, TimeUnit.SECONDS)).isTrue();

        REDIS.stop();

        waiter.get(30, TimeUnit.SECONDS).close(); // b's own permit was free
        held.close();
    }

    @Test
    void redisRestartedEmpty_whileACallRuns_theCallTakesItsLeaseAgain_soNoOneElseGetsItsPermit() throws Exception {
        LimitDefinition gpu = limit("restart", 1, 10, 0);
        Limiter a = server(gpu, OnUnavailable.REFUSE);
        Limiter b = server(gpu, OnUnavailable.REFUSE);
        Permit held = a.acquire(QueueListener.NONE);

        REDIS.stop();
        REDIS.start(); // empty: the lease is gone from Redis, the call still runs
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (leases("restart") != 1) {
            assertThat(System.nanoTime()).as("lease taken again in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        CountDownLatch inLine = new CountDownLatch(1);
        Future<Permit> waiter = threads.submit(() -> eventuallyAcquire(b, inLine));
        assertThat(inLine.await(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(LEASE.toMillis());
        assertThat(waiter).isNotDone();

        held.close();
        waiter.get(10, TimeUnit.SECONDS).close();
    }

    /** The leases of {@code group} in Redis, or -1 while Redis does not answer yet. */
    private long leases(String group) {
        try {
            return cluster.count(group, "leases");
        } catch (RuntimeException notYet) {
            return -1;
        }
    }

    /** Acquires, told when in line, retrying while this instance still counts Redis as down. */
    private static Permit eventuallyAcquire(Limiter limiter, CountDownLatch inLine) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return limiter.acquire((position, eta) -> inLine.countDown());
            } catch (LimitedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static String text(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    /** Acquires, retrying while Redis is still counted as down. */
    private static Permit eventually(Limiter limiter) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return limiter.acquire(QueueListener.NONE);
            } catch (LimitedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
