package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;

/** The gpu-queue example's page ({@code examples/gpu-queue}) as the browser client draws it. */
final class GpuQueuePage {

    /** Denoising steps per image, as the tests start the example. */
    static final int STEPS = 20;

    /** Milliseconds per step, as the tests start the example: an image takes at least 3 s. */
    static final int STEP_MILLIS = 150;

    /** The limited fragment: the model's run. */
    static final String IMAGE = "image";

    static final double TIMEOUT_MS = Slots.TIMEOUT_MS;

    private final Page page;

    GpuQueuePage(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    Locator slot(String name) {
        return Slots.slot(page, name);
    }

    /**
     * What the image slot showed at one moment: its state ({@code queued}, {@code running}, {@code
     * done}, ...) and place in line (0 for none) as the client has them; whether its badge shows an
     * estimate; whether it shows an image (the previous run's, dimmed, while it waits); whether that
     * image is the partial output of the run going on; and whether it shows the complete content of a
     * run newer than the generation asked about.
     */
    record Sample(String state, int position, boolean estimate, boolean image, boolean denoising, boolean doneAfter) {

        boolean queued() {
            return state.equals("queued") && position > 0;
        }
    }

    /** What the image slot shows now, in one round trip to the page; see {@link Sample}. */
    Sample sample(long after) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) page.evaluate(
                "after => { const s = document.querySelector('#weft section.weft-slot[data-slot=\"image\"]');"
                        + " const c = window.weft?.state.slots.image;"
                        + " if (!s || !c) return { state: 'none', position: 0 };"
                        + " const image = !!s.querySelector('.weft-markdown img');"
                        + " return { state: c.state, position: c.position ?? 0,"
                        + "   estimate: !!s.querySelector('.weft-badge-queued .weft-eta'), image,"
                        + "   denoising: c.state === 'running' && s.dataset.partial === 'true' && image,"
                        + "   doneAfter: s.dataset.state === 'done' && !s.dataset.partial && Number(s.dataset.gen) > after"
                        + "     && image }; }",
                (double) after);
        return new Sample(
                String.valueOf(values.get("state")),
                ((Number) values.get("position")).intValue(),
                Boolean.TRUE.equals(values.get("estimate")),
                Boolean.TRUE.equals(values.get("image")),
                Boolean.TRUE.equals(values.get("denoising")),
                Boolean.TRUE.equals(values.get("doneAfter")));
    }

    /** The generation of the content the slot shows (0 for none). */
    long gen(String slot) {
        return Slots.gen(page, slot);
    }

    /** Waits until the client has loaded its libraries (and so handles what the server sends). */
    GpuQueuePage awaitLibraries() {
        page.waitForFunction(
                "() => window.weft?.state.libraries === 'ready'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        return this;
    }
}
