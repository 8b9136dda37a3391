package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.OnRerun;
import dev.weft.Reruns;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a newer run does to a running one, per fragment: supersede it (interrupted), wait for it (never
 * two at once, requests coalesce into one run after it), or run beside it (never more than its bound,
 * none interrupted).
 */
class OnRerunPolicyTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Jobs.class)
            .addClass(OnRerunPolicyTest.class.getPackageName() + ".OnRerunPolicyTest_Jobs_WeftApp"));

    /** Per fragment: how its runs went. */
    static final Map<String, Job> JOBS = new ConcurrentHashMap<>();

    @Inject
    AppTester tester;

    @Inject
    Reruns reruns;

    /** The runs of one fragment: started, going on at once (and the most ever), interrupted; a gate they block on. */
    static final class Job {
        final Semaphore started = new Semaphore(0);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger interrupted = new AtomicInteger();
        volatile boolean block;
        final CountDownLatch gate = new CountDownLatch(1);

        void run(Ui ui) throws InterruptedException {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            boolean blocking = block; // read before the test hears of the start, which may unset it then
            started.release();
            try {
                if (blocking) {
                    gate.await();
                }
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                throw e;
            } finally {
                running.decrementAndGet();
            }
            ui.text("done");
        }
    }

    static Job job(String name) {
        return JOBS.computeIfAbsent(name, key -> new Job());
    }

    @App(path = "/jobs")
    public static class Jobs {

        @Fragment
        void id(Ui ui) {
            ui.text(ui.sessionId());
        }

        @Fragment(parallel = true)
        void superseding(Ui ui) throws InterruptedException {
            job("superseding").run(ui);
        }

        @Fragment(parallel = true, onRerun = OnRerun.WAIT)
        void waiting(Ui ui) throws InterruptedException {
            job("waiting").run(ui);
        }

        @Fragment(parallel = true, onRerun = OnRerun.BESIDE, maxBeside = 2)
        void beside(Ui ui) throws InterruptedException {
            job("beside").run(ui);
        }
    }

    @Test
    void waitPolicy_neverRunsTwoAtOnce_andRequestsDuringARunCoalesceIntoOneRunAfterIt() throws Exception {
        AppSession session = tester.open("/jobs").awaitIdle();
        Job job = job("waiting");
        job.started.drainPermits();
        job.block = true;
        Reruns.Target target = reruns.of(Jobs.class).fragment("waiting");
        String id = sessionOf(session);

        assertThat(target.inSession(id)).isTrue();
        assertThat(job.started.tryAcquire(20, TimeUnit.SECONDS))
                .as("the blocked run started")
                .isTrue();
        target.inSession(id);
        target.inSession(id);
        target.inSession(id);
        assertThat(job.started.tryAcquire(300, TimeUnit.MILLISECONDS))
                .as("no run starts beside the running one")
                .isFalse();
        job.block = false;
        job.gate.countDown();
        session.awaitIdle();

        assertThat(job.mostAtOnce.get()).isEqualTo(1);
        assertThat(job.interrupted.get())
                .as("the running one was never interrupted")
                .isZero();
        assertThat(session.slot("waiting").runs())
                .as(
                        "the first run, the blocked one (completed, not superseded), one run for the three waiting requests")
                .isEqualTo(3);
        session.close();
    }

    @Test
    void besidePolicy_runsBesideTheRunningOnes_neverMoreThanItsBound() throws Exception {
        AppSession session = tester.open("/jobs").awaitIdle();
        Job job = job("beside");
        job.started.drainPermits();
        job.block = true;
        Reruns.Target target = reruns.of(Jobs.class).fragment("beside");
        String id = sessionOf(session);

        target.inSession(id);
        assertThat(job.started.tryAcquire(20, TimeUnit.SECONDS)).isTrue();
        target.inSession(id);
        assertThat(job.started.tryAcquire(20, TimeUnit.SECONDS))
                .as("a second run starts beside the first")
                .isTrue();
        assertThat(job.running.get()).isEqualTo(2);
        target.inSession(id);
        assertThat(job.started.tryAcquire(300, TimeUnit.MILLISECONDS))
                .as("a third would exceed maxBeside = 2: it waits")
                .isFalse();
        job.block = false;
        job.gate.countDown();
        assertThat(job.started.tryAcquire(20, TimeUnit.SECONDS))
                .as("the waiting run starts once one has ended")
                .isTrue();
        session.awaitIdle();

        assertThat(job.mostAtOnce.get()).isEqualTo(2);
        assertThat(job.interrupted.get())
                .as("no run beside another is interrupted")
                .isZero();
        assertThat(session.slot("beside").texts()).containsExactly("done");
        session.close();
    }

    @Test
    void supersedePolicy_interruptsTheRunningOne_asBefore() throws Exception {
        AppSession session = tester.open("/jobs").awaitIdle();
        Job job = job("superseding");
        job.started.drainPermits();
        job.block = true;
        Reruns.Target target = reruns.of(Jobs.class).fragment("superseding");
        String id = sessionOf(session);

        target.inSession(id);
        assertThat(job.started.tryAcquire(20, TimeUnit.SECONDS)).isTrue();
        job.block = false;
        target.inSession(id);
        session.awaitIdle();

        assertThat(job.interrupted.get()).isEqualTo(1);
        assertThat(job.mostAtOnce.get()).isEqualTo(1);
        assertThat(session.slot("superseding").texts()).containsExactly("done");
        session.close();
    }

    /** The session's id, as a fragment sees it. */
    private static String sessionOf(AppSession session) {
        return session.slot("id").texts().get(0);
    }
}
