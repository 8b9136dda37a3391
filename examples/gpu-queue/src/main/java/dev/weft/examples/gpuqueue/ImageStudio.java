package dev.weft.examples.gpuqueue;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Limited;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * An image generator whose model runs on the server's one GPU, shared by every tab: the fragment
 * that calls the model is {@code @Limited} to one run at a time across all sessions, so the tabs
 * take turns, first come first served, and each waiting tab shows its place in line and the
 * estimated wait. The sketch, the gallery and the prompt are not limited and keep working while a
 * tab waits.
 */
@App(title = "Image studio", path = "/")
public class ImageStudio {

    /** The most tabs that may wait for the GPU; one more is told that it is busy. */
    static final int QUEUE = 32;

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private static final AtomicInteger TABS = new AtomicInteger();

    @Inject
    Model model;

    /** This tab's first prompt: each new tab gets the next suggestion. */
    private final String suggestion = Prompt.SUGGESTIONS.get(TABS.getAndIncrement() % Prompt.SUGGESTIONS.size());

    /** What to draw, in the sidebar: the image, the sketch and the caption depend on it. */
    @Fragment(area = Area.SIDEBAR)
    Prompt prompt(Ui ui) {
        ui.header("Prompt");
        String text = ui.textInput("Describe the image", suggestion, 200);
        int seed = ui.slider("Seed", 1, 100, 42);
        String style = ui.selectbox("Style", Prompt.STYLES);
        ui.markdown("The model knows *dawn, dusk, night, sea, mountains, desert, forest, clouds, lighthouse, boat,"
                + " house* and *birds*; other words tint the colours.");
        return new Prompt(text.isBlank() ? suggestion : text, seed, style);
    }

    /** A quick sketch of the composition: not limited, so it follows every change at once. */
    @Fragment(area = Area.SIDEBAR, parallel = true)
    void sketch(Ui ui, Prompt prompt) {
        ui.header("Sketch");
        ui.markdown(Painter.markdown(Painter.sketch(prompt), "Sketch: " + prompt.text()));
        ui.text("Drawn at once on the CPU. Only the full image waits for the GPU.");
    }

    @Fragment
    void intro(Ui ui) {
        ui.title("Image studio");
        ui.markdown("One GPU serves every tab. The model makes **one image at a time**; everyone else waits in"
                + " a fair line, and *Your image* shows your place and the estimated wait in its corner. The"
                + " sketch and the gallery do not wait. Open this page in a few tabs, or change the prompt in"
                + " several at once.");
    }

    /** The model's run: one at a time across every session, the others in line. */
    @Fragment(parallel = true)
    @Limited(group = "gpu", permits = 1, queue = QUEUE)
    void image(Ui ui, Prompt prompt) throws InterruptedException {
        ui.header("Your image");
        List<Ui> columns = ui.columns(3, 2);
        Ui picture = columns.get(0).empty();
        Ui details = columns.get(1);
        details.markdown("**Prompt** “" + escape(prompt.text()) + "”\n\n**Seed** " + prompt.seed() + " · **Style** "
                + prompt.style());
        Ui progress = details.empty();
        List<Double> noise = new ArrayList<>();
        Model.Picture result = model.generate(prompt, (step, steps, svg) -> {
            picture.markdown(Painter.markdown(svg, prompt.text()));
            progress.text("Denoising: step " + step + " of " + steps + "…");
            noise.add(Math.round(1000.0 * (1 - step / (double) steps) * (1 - step / (double) steps)) / 10.0);
        });
        picture.markdown(Painter.markdown(result.svg(), prompt.text()));
        progress.markdown(String.format(
                Locale.ROOT,
                "Made in **%.1f s** on the GPU, %d denoising steps.",
                result.millis() / 1000.0,
                noise.size()));
        List<Integer> steps = IntStream.rangeClosed(1, noise.size()).boxed().toList();
        details.lineChart(steps, Map.of("Noise left after each step, %", noise));
    }

    /** What the GPU is doing, and the last images it made for anyone: on a timer, never waiting. */
    @Fragment(parallel = true, runEvery = "1s")
    void gallery(Ui ui) {
        ui.header("On this server");
        Model.Job job = model.current();
        String now = job == null
                ? "The GPU is **free**."
                : "The GPU is making “" + escape(job.prompt().text()) + "” (step " + job.step() + " of " + job.steps()
                        + ").";
        long made = model.made();
        ui.markdown(now + " "
                + (made == 0
                        ? "No image made yet."
                        : String.format(
                                Locale.ROOT,
                                "%d image%s made since the server started, %.1f s each on average.",
                                made,
                                made == 1 ? "" : "s",
                                model.meanMillis() / 1000.0)));
        List<Model.Picture> recent = model.recent(4);
        if (recent.isEmpty()) {
            return;
        }
        List<Ui> columns = ui.columns(4);
        for (int i = 0; i < recent.size(); i++) {
            Model.Picture picture = recent.get(i);
            columns.get(i)
                    .markdown(Painter.markdown(picture.svg(), picture.prompt().text()));
            columns.get(i)
                    .text(picture.prompt().caption() + " · "
                            + CLOCK.format(Instant.ofEpochMilli(picture.finishedAt())));
        }
    }

    /** The prompt as Markdown text: no markup of the user's. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]<>()#+\\-.!|~])", "\\\\$1");
    }
}
