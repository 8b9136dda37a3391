package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** runEvery reruns a fragment on a timer; its dependents rerun only when its result changes. */
class TimerTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Live.class)
            .addClass(TimerTest.class.getPackageName() + ".TimerTest_Live_WeftApp"));

    @Inject
    AppTester tester;

    static final AtomicInteger TICKS = new AtomicInteger();

    @App(path = "/live")
    public static class Live {

        @Fragment(runEvery = "100ms")
        int clock(Ui ui) {
            int tick = TICKS.incrementAndGet();
            ui.text("tick " + tick);
            return tick / 3; // changes on every third run
        }

        @Fragment(parallel = true)
        void shown(Ui ui, int clock) {
            ui.text("clock " + clock);
        }

        @Fragment
        void still(Ui ui) {
            ui.text("still");
        }
    }

    @Test
    void timer_rerunsTheFragment_andDependentsOnlyOnChange() throws Exception {
        try (AppSession app = tester.open("/live").awaitIdle()) {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (app.slot("clock").runs() < 9 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            app.close();
            int clockRuns = app.slot("clock").runs();
            int shownRuns = app.slot("shown").runs();
            assertThat(clockRuns).isGreaterThanOrEqualTo(9);
            assertThat(shownRuns)
                    .as("dependents rerun only when the value changed")
                    .isBetween(2, clockRuns / 2);
            assertThat(app.slot("still").runs())
                    .as("independent fragments never rerun")
                    .isEqualTo(1);
        }
    }
}
