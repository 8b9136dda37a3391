package dev.weft.examples.gpuqueue;

import java.util.List;

/**
 * What the sidebar asks the model for. Every fragment that takes a {@code Prompt} reruns when it
 * changes; an equal prompt (the same text, seed and style) changes nothing downstream.
 */
public record Prompt(String text, int seed, String style) {

    /** The styles the model knows. */
    static final List<String> STYLES = List.of("Poster", "Watercolour", "Neon", "Ink");

    /** What new tabs start with, in turn, so that a few tabs open at once ask for different images. */
    static final List<String> SUGGESTIONS = List.of(
            "a lighthouse by the sea at dusk, with birds",
            "snowy mountains at dawn with a cabin",
            "a sailing boat on a lake at night",
            "a pine forest on the hills, with clouds");

    /** The prompt as one line, for captions: {@code "a lighthouse …" · seed 42 · Poster}. */
    String caption() {
        return "“" + text.strip() + "” · seed " + seed + " · " + style;
    }
}
