package dev.weft.examples.gpuqueue;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stands for an image model loaded once on the server's only GPU: it makes one image at a time,
 * denoising in {@code gpu-queue.steps} steps of {@code gpu-queue.step-time} each (24 × 150 ms by
 * default). Like a real model that holds the whole GPU's memory, it fails if asked for a second
 * image while it makes one: that is why the fragment that calls it is {@code @Limited} to one
 * caller at a time.
 *
 * <p>It also keeps what every tab can see: what it is making now, and the last images it made.
 */
@ApplicationScoped
public class Model {

    /** Told of each step's intermediate image while an image is being made. */
    @FunctionalInterface
    interface Progress {

        /** Step {@code step} of {@code steps} is done; {@code svg} is the image so far. */
        void step(int step, int steps, String svg);
    }

    /** An image the model made. */
    record Picture(Prompt prompt, String svg, long finishedAt, long millis) {}

    /** What the model is making now. */
    record Job(Prompt prompt, int step, int steps) {}

    private static final int RECENT = 8;

    @ConfigProperty(name = "gpu-queue.steps", defaultValue = "24")
    int steps;

    @ConfigProperty(name = "gpu-queue.step-time", defaultValue = "150ms")
    Duration stepTime;

    private final AtomicInteger running = new AtomicInteger();
    private final Deque<Picture> recent = new ArrayDeque<>(); // guarded by itself
    private volatile Job current;
    private long made; // guarded by recent
    private long totalMillis; // guarded by recent

    /**
     * Makes the image {@code prompt} asks for, telling {@code progress} after each step.
     *
     * @throws IllegalStateException when another image is being made at the same time: the GPU has
     *     memory for one
     * @throws InterruptedException when the caller no longer wants the image (its tab moved on)
     */
    Picture generate(Prompt prompt, Progress progress) throws InterruptedException {
        if (running.incrementAndGet() > 1) {
            running.decrementAndGet();
            throw new IllegalStateException("Out of GPU memory: the model is already making an image. Let one"
                    + " caller at a time use it (@Limited(permits = 1)).");
        }
        long started = System.nanoTime();
        try {
            for (int step = 1; step <= steps; step++) {
                current = new Job(prompt, step, steps);
                Thread.sleep(stepTime); // the GPU at work
                progress.step(step, steps, Painter.image(prompt, 1 - step / (double) steps));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            Picture picture = new Picture(prompt, Painter.image(prompt, 0), System.currentTimeMillis(), millis);
            remember(picture);
            return picture;
        } finally {
            current = null;
            running.decrementAndGet();
        }
    }

    /** What the model is making now, or null when it is free. */
    Job current() {
        return current;
    }

    /** The last {@code count} images made, newest first. */
    List<Picture> recent(int count) {
        synchronized (recent) {
            return new ArrayList<>(recent).subList(0, Math.min(count, recent.size()));
        }
    }

    /** How many images the model has made since the server started. */
    long made() {
        synchronized (recent) {
            return made;
        }
    }

    /** The mean time an image took, in milliseconds (0 before the first). */
    long meanMillis() {
        synchronized (recent) {
            return made == 0 ? 0 : totalMillis / made;
        }
    }

    /** How many denoising steps an image takes. */
    int steps() {
        return steps;
    }

    private void remember(Picture picture) {
        synchronized (recent) {
            recent.addFirst(picture);
            while (recent.size() > RECENT) {
                recent.removeLast();
            }
            made++;
            totalMillis += picture.millis();
        }
    }
}
