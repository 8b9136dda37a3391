package dev.weft.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.ui.UiImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The throttle of a running fragment's partial output, driven by hand (no clock thread, no timing). */
class LiveRunTest {

    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(80);

    private final List<Integer> flushed = new ArrayList<>();
    private final LiveRun run = new LiveRun(
            Map.of(),
            INTERVAL,
            Runnable::run,
            live -> flushed.add(live.canvas().snapshot().size()));
    private final UiImpl ui = new UiImpl(run.canvas());

    @Test
    void nothingDrawn_nothingSent() {
        assertTrue(run.tick(System.nanoTime() + 10 * INTERVAL));
        assertEquals(List.of(), flushed);
    }

    @Test
    void firstFlush_noSoonerThanTheIntervalAfterTheFirstDrawing_thenOnlyWhenChanged() {
        long start = System.nanoTime();
        ui.text("one");
        run.tick(start + INTERVAL / 2);
        assertEquals(List.of(), flushed, "a run that ends within the interval sends nothing");

        run.tick(System.nanoTime() + INTERVAL);
        assertEquals(List.of(1), flushed);
        run.tick(System.nanoTime() + 3 * INTERVAL);
        assertEquals(List.of(1), flushed, "nothing changed: nothing sent");

        ui.text("two");
        run.tick(System.nanoTime() + INTERVAL / 2);
        assertEquals(List.of(1), flushed, "at most one per interval");
        run.tick(System.nanoTime() + INTERVAL + 1);
        assertEquals(List.of(1, 2), flushed);
    }

    @Test
    void endedRun_sendsNothingMore_andLeavesTheClock() {
        ui.text("one");
        run.end();
        assertFalse(run.tick(System.nanoTime() + 10 * INTERVAL));
        assertEquals(List.of(), flushed);
    }
}
