package dev.weft.runtime.session;

import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.util.List;

/**
 * Hand-written {@link AppDefinition}s of the shape the annotation processor generates, for the
 * benchmarks: a direct {@code switch} over the fragment index, no reflection.
 */
final class BenchApps {

    /** The slot and widget id every benchmark app's source fragment draws. */
    static final String SOURCE = "controls";

    static final String SLIDER = "slider:N:0";

    private BenchApps() {}

    /** The {@code @App} class the benchmark apps stand for; one instance per session. */
    static final class BenchApp {}

    /**
     * One sequential fragment that reads a slider and draws one text: the smallest run a widget
     * change can cause.
     */
    static final class OneFragment implements AppDefinition {

        private static final List<FragmentDefinition> FRAGMENTS =
                List.of(new FragmentDefinition(SOURCE, false, true, false, List.of(), 0, Area.MAIN, null));

        @Override
        public Class<?> appClass() {
            return BenchApp.class;
        }

        @Override
        public String title() {
            return "One fragment";
        }

        @Override
        public String path() {
            return "/";
        }

        @Override
        public List<FragmentDefinition> fragments() {
            return FRAGMENTS;
        }

        @Override
        public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) {
            int n = ui.slider("N", 0, 100, 50);
            ui.text("n = " + n);
            return null;
        }
    }

    /**
     * A source fragment that reads a slider and returns its value, and three parallel fragments
     * that take it and each draw one text: a widget change reruns all four.
     */
    static final class FanOut implements AppDefinition {

        private static final List<FragmentDefinition> FRAGMENTS = List.of(
                new FragmentDefinition(SOURCE, false, true, true, List.of(), 0, Area.MAIN, null),
                new FragmentDefinition("a", true, true, false, List.of(0), 0, Area.MAIN, null),
                new FragmentDefinition("b", true, true, false, List.of(0), 0, Area.MAIN, null),
                new FragmentDefinition("c", true, true, false, List.of(0), 0, Area.MAIN, null));

        @Override
        public Class<?> appClass() {
            return BenchApp.class;
        }

        @Override
        public String title() {
            return "Fan-out";
        }

        @Override
        public String path() {
            return "/fan-out";
        }

        @Override
        public List<FragmentDefinition> fragments() {
            return FRAGMENTS;
        }

        @Override
        public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) {
            if (fragment == 0) {
                int n = ui.slider("N", 0, 100, 50);
                ui.text("n = " + n);
                return n;
            }
            ui.text(FRAGMENTS.get(fragment).name() + " sees n = " + inputs[0]);
            return null;
        }
    }
}
