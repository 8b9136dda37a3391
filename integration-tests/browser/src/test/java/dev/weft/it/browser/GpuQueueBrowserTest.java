package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four tabs (four browser contexts, so four sessions) of the gpu-queue example, whose image fragment
 * is {@code @Limited(group = "gpu", permits = 1)}: they take turns on the model, each waiting tab
 * shows its place in line, places only move down, and every tab gets its image; then all four ask
 * again at once, and their reruns line up the same way, each over its previous image.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.GPU_QUEUE)
class GpuQueueBrowserTest {

    private static final int TABS = 4;

    /** The least time one image takes on the model: its steps' sleeps. */
    private static final long IMAGE_MILLIS = (long) GpuQueuePage.STEPS * GpuQueuePage.STEP_MILLIS;

    private static final long WATCH_NANOS = 180_000_000_000L;

    @Test
    void fourTabsAtOnce_takeTurnsOnTheModel_placesOnlyMoveDown_everyTabGetsItsImage_andAgainOnRerun(
            ExampleServer app, Browser browser) throws IOException {
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            List<GpuQueuePage> tabs = new ArrayList<>();
            List<StatusRecorder> statuses = new ArrayList<>();
            List<HeldBack> hellos = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000));
                contexts.add(context);
                Page page = context.newPage();
                statuses.add(StatusRecorder.attach(page));
                hellos.add(HeldBack.finalContentOfAndHello(page)); // holds the hello only: the session waits
                page.navigate(app.url("/"));
                tabs.add(new GpuQueuePage(page).awaitLibraries());
            }
            // However long each page took to load, the four sessions start at the same moment.
            for (int i = 0; i < TABS; i++) {
                hellos.get(i).connect(tabs.get(i).page());
            }

            Watched first = watch(tabs, statuses, new long[TABS], "gpu-queue-first-queued.png");
            assertLinedUp("first runs", statuses, new int[TABS], first);
            for (int i = 0; i < TABS; i++) {
                // The sketch is not limited: it was done while the image of a waiting tab still waited.
                List<StatusRecorder.Status> all = statuses.get(i).statuses();
                if (!places(imageStatuses(statuses.get(i), 0)).isEmpty()) {
                    int sketchDone = indexOf(all, "sketch", "done");
                    assertTrue(
                            sketchDone >= 0 && sketchDone < indexOf(all, GpuQueuePage.IMAGE, "running"),
                            "tab " + i + ": the sketch was done before the image's turn came: " + all);
                }
            }

            // Every tab asks again (a new seed), the four changes reaching the server at the same moment:
            // the reruns line up the same way, each showing its badge over its previous image.
            long[] before = new long[TABS];
            int[] marks = new int[TABS];
            for (int i = 0; i < TABS; i++) {
                before[i] = tabs.get(i).gen(GpuQueuePage.IMAGE);
                marks[i] = statuses.get(i).mark();
                hellos.get(i).holdPage();
                tabs.get(i).slot("prompt").locator("input[type=range]").focus();
                tabs.get(i).page().keyboard().press("ArrowRight");
            }
            for (int i = 0; i < TABS; i++) {
                hellos.get(i).connect(tabs.get(i).page());
            }
            Watched again = watch(tabs, statuses, before, "gpu-queue-queued.png");
            assertLinedUp("reruns", statuses, marks, again);
            assertTrue(
                    again.queuedOverImage(),
                    "a waiting rerun showed its badge over the previous image, dimmed, not an empty slot; places seen "
                            + again.places() + ", statuses: " + describeSince(statuses, marks));

            Path shot = Paths.get("target", "screenshots", "gpu-queue.png");
            tabs.getLast()
                    .page()
                    .screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            Path queued = again.queuedShot() != null ? again.queuedShot() : first.queuedShot();
            if (Boolean.getBoolean("weft.updateScreenshots") && queued != null) {
                Path docs = Paths.get(
                        System.getProperty("weft.root", "../.."), "docs", "screenshots", "gpu-queue-queued.png");
                Files.createDirectories(docs.getParent());
                Files.copy(queued, docs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    /** What the test saw on the pages while it watched. */
    private record Watched(List<List<Long>> places, boolean queuedOverImage, Path queuedShot) {}

    /**
     * Samples the four pages until each shows an image newer than generation {@code after[i]}: the
     * place in line each showed, whether a waiting tab showed its previous image under its badge;
     * screenshots a tab that waits behind another one, with its estimate, as {@code queuedShotName},
     * and a tab whose image is being denoised.
     */
    private static Watched watch(
            List<GpuQueuePage> tabs, List<StatusRecorder> statuses, long[] after, String queuedShotName) {
        List<List<Long>> places = new ArrayList<>();
        tabs.forEach(tab -> places.add(new ArrayList<>()));
        boolean overImage = false;
        Path queuedShot = null;
        boolean denoisingShot = false;
        long deadline = System.nanoTime() + WATCH_NANOS;
        while (true) {
            int done = 0;
            for (int i = 0; i < TABS; i++) {
                GpuQueuePage tab = tabs.get(i);
                GpuQueuePage.Sample sample = tab.sample(after[i]);
                if (sample.queued()) {
                    places.get(i).add((long) sample.position());
                    overImage |= sample.image();
                    if (queuedShot == null && sample.position() >= 2 && sample.estimate()) {
                        queuedShot = Paths.get("target", "screenshots", queuedShotName);
                        tab.page().screenshot(new Page.ScreenshotOptions().setPath(queuedShot));
                    }
                } else if (!denoisingShot && sample.denoising()) {
                    denoisingShot = true;
                    tab.page()
                            .screenshot(new Page.ScreenshotOptions()
                                    .setPath(Paths.get("target", "screenshots", "gpu-queue-denoising.png")));
                }
                done += sample.doneAfter() ? 1 : 0;
            }
            if (done == TABS) {
                return new Watched(places, overImage, queuedShot);
            }
            if (System.nanoTime() > deadline) {
                StringBuilder seen = new StringBuilder();
                statuses.forEach(s -> seen.append('\n').append(s.describe()));
                fail("Not every tab showed its image; places seen " + places + seen);
            }
            tabs.getFirst().page().waitForTimeout(50);
        }
    }

    private static String describeSince(List<StatusRecorder> statuses, int[] marks) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < TABS; i++) {
            text.append("\ntab ").append(i).append(": ").append(imageStatuses(statuses.get(i), marks[i]));
        }
        return text.toString();
    }

    /**
     * Checks one round of runs, from the statuses after {@code marks} and what the pages showed: no run
     * failed (the model fails when asked twice at once) and each ended; places only moved down; one
     * run got the model at once (or none, if a run was still going) and the others lined up behind it
     * in some order, their first places 1..k, each once; and no two ran at once.
     */
    private static void assertLinedUp(String round, List<StatusRecorder> statuses, int[] marks, Watched watched) {
        List<Long> starts = new ArrayList<>();
        Set<Long> firstPlaces = new TreeSet<>();
        int waited = 0;
        for (int i = 0; i < TABS; i++) {
            List<StatusRecorder.Status> image = imageStatuses(statuses.get(i), marks[i]);
            String tab = round + ", tab " + i + ": ";
            assertTrue(image.stream().noneMatch(s -> s.state().equals("failed")), tab + "no run failed: " + image);
            StatusRecorder.Status done = image.stream()
                    .filter(StatusRecorder.Status::finished)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError(tab + "the run ended: " + image));
            starts.add(done.startedAt());
            List<Long> places = places(image);
            assertNonIncreasing(tab + "places from the server", places);
            assertNonIncreasing(tab + "places on the page", watched.places().get(i));
            if (!places.isEmpty()) {
                waited++;
                firstPlaces.add(places.getFirst());
            }
        }
        assertTrue(
                waited >= TABS - 1,
                round + ": at least " + (TABS - 1) + " waited, was " + waited + describeSince(statuses, marks));
        assertEquals(
                LongStream.rangeClosed(1, waited).boxed().collect(Collectors.toCollection(TreeSet::new)),
                firstPlaces,
                round + ": the first places of those that waited are a permutation of 1.." + waited
                        + describeSince(statuses, marks));
        assertOneAtATime(starts);
    }

    /** The image slot's statuses that arrived after {@code mark}. */
    private static List<StatusRecorder.Status> imageStatuses(StatusRecorder recorder, int mark) {
        return recorder.since(mark).stream()
                .filter(s -> s.slot().equals(GpuQueuePage.IMAGE))
                .toList();
    }

    /** The places in line, in the order they arrived. */
    private static List<Long> places(List<StatusRecorder.Status> statuses) {
        return statuses.stream()
                .filter(s -> s.state().equals("queued") && s.position() > 0)
                .map(StatusRecorder.Status::position)
                .toList();
    }

    /**
     * Never two runs at once: with one permit a run starts only after the previous one's body has
     * ended, and a body takes at least {@link #IMAGE_MILLIS} from its start (both on the server
     * clock). A run's {@code endedAt} is stamped after its permit is back, so comparing it with the
     * next start could show an overlap of a few milliseconds that never happened.
     */
    private static void assertOneAtATime(List<Long> starts) {
        List<Long> sorted = starts.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(
                    sorted.get(i) - sorted.get(i - 1) >= IMAGE_MILLIS,
                    "runs on the model did not overlap: started at " + sorted);
        }
    }

    private static int indexOf(List<StatusRecorder.Status> statuses, String slot, String state) {
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).slot().equals(slot) && statuses.get(i).state().equals(state)) {
                return i;
            }
        }
        return -1;
    }

    private static void assertNonIncreasing(String what, List<Long> places) {
        for (int i = 1; i < places.size(); i++) {
            assertTrue(places.get(i) <= places.get(i - 1), what + " only move down: " + places);
        }
    }
}
