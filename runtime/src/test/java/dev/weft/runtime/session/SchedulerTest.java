package dev.weft.runtime.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Area;
import dev.weft.OnRerun;
import dev.weft.runtime.FragmentDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scheduler driven by fake fragments and a hand-fired clock: no Quarkus, no threads. Each test
 * starts runs, ends them by hand, and checks what the scheduler started, superseded and failed.
 */
class SchedulerTest {

    /** What the scheduler asked for, in order, as "start A#1", "failed B#2 (input A)", "stale B#2", "supersede A". */
    private final List<String> events = new ArrayList<>();

    private final FakeClock clock = new FakeClock();

    @Test
    void firstRun_parallelFragmentsStartTogether_sequentialOnesInTurn() {
        Graph graph = new Graph()
                .fragment("a", true)
                .fragment("b", true)
                .fragment("c", false)
                .fragment("d", false);
        Scheduler scheduler = graph.start();

        assertThat(events).containsExactly("start a#1", "start b#1", "start c#1");

        graph.finish(scheduler, "c", 1, null);
        assertThat(events).endsWith("start d#1");
        assertThat(scheduler.idle()).isFalse();

        graph.finish(scheduler, "a", 1, null);
        graph.finish(scheduler, "b", 1, null);
        graph.finish(scheduler, "d", 1, null);
        assertThat(scheduler.idle()).isTrue();
    }

    @Test
    void fanOut_dependentsStartInParallelOnceTheirInputSettled() {
        Graph graph = new Graph()
                .fragment("source", false)
                .fragment("left", true, "source")
                .fragment("right", true, "source");
        Scheduler scheduler = graph.start();
        assertThat(events).containsExactly("start source#1");

        graph.finish(scheduler, "source", 1, "2024");

        assertThat(events).containsExactly("start source#1", "start left#1", "start right#1");
        assertThat(graph.slot("left").running()).isTrue();
        assertThat(graph.slot("right").running()).isTrue();
    }

    @Test
    void fanIn_aFragmentWaitsForAllItsInputs() {
        Graph graph =
                new Graph().fragment("sales", true).fragment("costs", true).fragment("margin", true, "sales", "costs");
        Scheduler scheduler = graph.start();
        assertThat(events).containsExactly("start sales#1", "start costs#1");

        graph.finish(scheduler, "sales", 1, 10);
        assertThat(events).doesNotContain("start margin#1");

        graph.finish(scheduler, "costs", 1, 4);
        assertThat(events).endsWith("start margin#1");
        assertThat(graph.slot("margin").inputs).extracting(Slot::id).containsExactly("sales", "costs");

        // Both inputs rerun; one changes while the other still computes: the dependent is stale, and waits.
        graph.finish(scheduler, "margin", 1, null);
        events.clear();
        scheduler.rerun(graph.slot("sales"));
        scheduler.rerun(graph.slot("costs"));
        graph.finish(scheduler, "sales", 2, 11);
        assertThat(events).containsExactly("start sales#2", "start costs#2", "stale margin#2");

        graph.finish(scheduler, "costs", 2, 4);
        assertThat(events).endsWith("start margin#2");
    }

    @Test
    void unchangedResult_stopsPropagation() {
        Graph graph = new Graph().fragment("filters", false).fragment("chart", true, "filters");
        Scheduler scheduler = graph.start();
        graph.finish(scheduler, "filters", 1, List.of("EU"));
        graph.finish(scheduler, "chart", 1, null);
        events.clear();

        scheduler.rerun(graph.slot("filters"));
        graph.finish(scheduler, "filters", 2, List.of("EU")); // equals the last result

        assertThat(events).containsExactly("start filters#2");
        assertThat(scheduler.idle()).isTrue();
    }

    @Test
    void changedResult_rerunsDependentsAndOnlyThem() {
        Graph graph = new Graph()
                .fragment("filters", false)
                .fragment("chart", true, "filters")
                .fragment("live", true);
        Scheduler scheduler = graph.start();
        graph.finish(scheduler, "filters", 1, List.of("EU"));
        graph.finish(scheduler, "chart", 1, null);
        graph.finish(scheduler, "live", 1, null);
        events.clear();

        scheduler.rerun(graph.slot("filters"));
        graph.finish(scheduler, "filters", 2, List.of("US"));

        assertThat(events).containsExactly("start filters#2", "start chart#2");
    }

    @Test
    void rerunDuringARun_supersedesItAndDropsItsOutcome() {
        Graph graph = new Graph().fragment("slider", false).fragment("chart", true, "slider");
        Scheduler scheduler = graph.start();
        Slot slider = graph.slot("slider");

        scheduler.rerun(slider);

        assertThat(events).containsExactly("start slider#1", "supersede slider", "start slider#3");
        // The superseded run (generation 1) ends late: its outcome is dropped and starts nothing.
        assertThat(scheduler.current(slider, 1)).isFalse();
        assertThat(scheduler.finished(slider, 1, "old", false)).isFalse();
        assertThat(slider.settled).isFalse();
        assertThat(events).doesNotContain("start chart#1");

        assertThat(scheduler.finished(slider, 3, "new", false)).isTrue();
        assertThat(slider.result).isEqualTo("new");
        assertThat(events).endsWith("start chart#1");
    }

    @Test
    void rerunDuringAWaitRun_letsItFinishAndShow_thenRunsOnceMore() {
        Graph graph =
                new Graph().fragment("save", true).onRerun(OnRerun.WAIT, 0).fragment("view", true, "save");
        Scheduler scheduler = graph.start();
        Slot save = graph.slot("save");
        graph.finish(scheduler, "save", 1, "a");
        graph.finish(scheduler, "view", 1, null);
        events.clear();

        scheduler.rerun(save);
        scheduler.rerun(save);
        scheduler.rerun(save);
        assertThat(events).containsExactly("start save#2");

        graph.finish(scheduler, "save", 2, "b");
        assertThat(save.result).as("the waited-for run's outcome counts").isEqualTo("b");
        assertThat(events).containsExactly("start save#2", "start save#3", "stale view#2");
        graph.finish(scheduler, "save", 3, "b");
        assertThat(events).endsWith("start view#2");
    }

    @Test
    void rerunDuringABesideRun_startsBesideIt_untilTheBound() {
        Graph graph = new Graph().fragment("job", true).onRerun(OnRerun.BESIDE, 2);
        Scheduler scheduler = graph.start();

        scheduler.rerun(graph.slot("job"));

        assertThat(events).containsExactly("start job#1", "supersede job", "start job#3");
        assertThat(graph.slot("job").fragment.maxBeside()).isEqualTo(2);
    }

    @Test
    void supersededSequentialRun_freesTheTurnForTheNext() {
        Graph graph = new Graph().fragment("first", false).fragment("second", false);
        Scheduler scheduler = graph.start();
        graph.finish(scheduler, "first", 1, null);
        assertThat(events).endsWith("start second#1");

        scheduler.rerun(graph.slot("second"));

        assertThat(events).endsWith("supersede second", "start second#3");
    }

    @Test
    void failure_reachesDependentsAndTheirDependents() {
        Graph graph = new Graph()
                .fragment("load", false)
                .fragment("clean", false, "load")
                .fragment("chart", true, "clean")
                .fragment("other", true);
        Scheduler scheduler = graph.start();

        graph.fail(scheduler, "load", 1);

        assertThat(events)
                .containsSubsequence("failed clean#1 (input load)", "failed chart#1 (input clean)")
                .doesNotContain("start clean#1", "start chart#1");
        assertThat(graph.slot("chart").failed).isTrue();
        assertThat(graph.slot("other").running()).isTrue();

        // Once the input works again, its dependents run again.
        events.clear();
        scheduler.rerun(graph.slot("load"));
        graph.finish(scheduler, "load", 2, "rows");
        assertThat(events).containsSubsequence("start load#2", "start clean#2");
    }

    @Test
    void timer_skipsATickWhileTheFragmentRuns() {
        Graph graph = new Graph().fragment("live", true, 1_000);
        Scheduler scheduler = graph.start();
        assertThat(events).containsExactly("start live#1");

        clock.fire(); // still running: skipped, not queued
        assertThat(events).containsExactly("start live#1");

        graph.finish(scheduler, "live", 1, null);
        assertThat(scheduler.idle()).isTrue();

        clock.fire();
        assertThat(events).containsExactly("start live#1", "start live#2");
    }

    @Test
    void close_stopsTheTimersAndStartsNothingMore() throws Exception {
        Graph graph = new Graph().fragment("live", true, 1_000).fragment("next", true, "live");
        Scheduler scheduler = graph.start();

        List<AutoCloseable> timers = scheduler.close();
        for (AutoCloseable timer : timers) {
            timer.close();
        }

        assertThat(timers).hasSize(1);
        assertThat(clock.stopped).isEqualTo(1);
        assertThat(scheduler.finished(graph.slot("live"), 1, "x", false)).isFalse();
        clock.fire();
        assertThat(events).containsExactly("start live#1");
        assertThat(scheduler.idle()).isTrue();
    }

    @Test
    void heldBackFragment_waitsUntilReleased() {
        Graph graph = new Graph().fragment("gpu", true);
        graph.holdBack = true;
        Scheduler scheduler = graph.start();
        assertThat(events).isEmpty();
        assertThat(scheduler.idle()).isFalse();

        graph.holdBack = false;
        scheduler.pump();
        assertThat(events).containsExactly("start gpu#1");
    }

    @Test
    void fragmentTheUserMayNotRun_neverStarts_andItsDependentIsRefusedToo() {
        Graph graph = new Graph()
                .fragment("salaries", true)
                .fragment("audit", true, "salaries")
                .fragment("news", true);
        graph.refused.add("salaries");
        graph.refused.add("audit");
        Scheduler scheduler = graph.start();

        assertThat(events).containsExactly("not allowed salaries#1", "not allowed audit#1", "start news#1");
        graph.finish(scheduler, "news", 1, null);
        assertThat(scheduler.idle()).isTrue();

        events.clear();
        scheduler.rerun(graph.slot("salaries"));
        assertThat(events).containsExactly("not allowed salaries#2");
    }

    @Test
    void timerOfAFragmentTheUserMayNotRun_doesNotRefuseItAgainAtEveryTick() {
        Graph graph = new Graph().fragment("live", true, 1000);
        graph.refused.add("live");
        graph.start();
        assertThat(events).containsExactly("not allowed live#1");

        clock.fire();
        clock.fire();

        assertThat(events).containsExactly("not allowed live#1");
    }

    /** An app's fragments, declared in order, and the fake owner of their runs. */
    private final class Graph implements Scheduler.Runs {

        private final Map<String, Integer> indexes = new LinkedHashMap<>();
        private final List<FragmentDefinition> fragments = new ArrayList<>();
        private Slot[] slots;
        boolean holdBack;
        final java.util.Set<String> refused = new java.util.HashSet<>();

        Graph fragment(String name, boolean parallel, String... inputs) {
            return fragment(name, parallel, 0, inputs);
        }

        Graph fragment(String name, boolean parallel, long runEveryMillis, String... inputs) {
            List<Integer> inputIndexes = new ArrayList<>();
            for (String input : inputs) {
                inputIndexes.add(indexes.get(input));
            }
            indexes.put(name, fragments.size());
            fragments.add(
                    new FragmentDefinition(name, parallel, true, true, inputIndexes, runEveryMillis, Area.MAIN, null));
            return this;
        }

        /** The last fragment added, with another {@link OnRerun} policy. */
        Graph onRerun(OnRerun policy, int maxBeside) {
            int last = fragments.size() - 1;
            fragments.set(last, fragments.get(last).onRerun(policy, maxBeside));
            return this;
        }

        Scheduler start() {
            slots = Slot.graph(fragments);
            Scheduler scheduler = new Scheduler(slots, this);
            scheduler.start(clock, this);
            return scheduler;
        }

        Slot slot(String name) {
            return slots[indexes.get(name)];
        }

        void finish(Scheduler scheduler, String name, long gen, Object result) {
            assertThat(scheduler.finished(slot(name), gen, result, false))
                    .as("run %s of %s is current", gen, name)
                    .isTrue();
        }

        void fail(Scheduler scheduler, String name, long gen) {
            assertThat(scheduler.finished(slot(name), gen, null, true)).isTrue();
        }

        @Override
        public void start(Slot slot, long gen) {
            events.add("start " + slot.id() + "#" + gen);
        }

        @Override
        public void inputFailed(Slot slot, Slot input, long gen) {
            events.add("failed " + slot.id() + "#" + gen + " (input " + input.id() + ")");
        }

        @Override
        public boolean allowed(Slot slot) {
            return !refused.contains(slot.id());
        }

        @Override
        public void notAllowed(Slot slot, long gen) {
            events.add("not allowed " + slot.id() + "#" + gen);
        }

        @Override
        public void stale(Slot slot, long nextGen) {
            events.add("stale " + slot.id() + "#" + nextGen);
        }

        @Override
        public void superseded(Slot slot) {
            events.add("supersede " + slot.id());
        }

        @Override
        public boolean heldBack(Slot slot) {
            return holdBack;
        }

        @Override
        public void decided() {}
    }

    /** A clock whose timers fire only when the test says so. */
    private static final class FakeClock implements Timers {

        private final List<Runnable> tasks = new ArrayList<>();
        int stopped;

        @Override
        public AutoCloseable every(long millis, Runnable task) {
            tasks.add(task);
            return () -> {
                tasks.remove(task);
                stopped++;
            };
        }

        void fire() {
            List.copyOf(tasks).forEach(Runnable::run);
        }
    }
}
