package dev.weft.examples.gpuqueue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the "model" understood of a prompt: the time of day, the land, what stands in it, and the
 * palette. It reads a few words (night, dusk, sea, mountains, forest, lighthouse, boat, birds,
 * …); everything else in the prompt only tints the colours, so different prompts still differ.
 * {@code seed} mixes the prompt's seed and text: it places everything, so the same prompt always
 * gives the same image, as with a real model and a fixed seed.
 */
record Scene(Time time, Land land, Set<Thing> things, Palette palette, String style, int seed) {

    /** The light of the scene. */
    enum Time {
        DAY,
        DAWN,
        DUSK,
        NIGHT
    }

    /** The ground. */
    enum Land {
        HILLS,
        MOUNTAINS,
        DESERT,
        SEA
    }

    /** What stands in the scene. */
    enum Thing {
        LIGHTHOUSE,
        BOAT,
        BIRDS,
        TREES,
        HOUSE,
        CLOUDS
    }

    /** The colours, as {@code #rrggbb}. */
    record Palette(String skyTop, String skyBottom, String sun, String far, String near, String water) {}

    /** Reads {@code prompt}. */
    static Scene of(Prompt prompt) {
        String text = " " + prompt.text().toLowerCase(Locale.ROOT) + " ";
        Time time = has(text, "night", "moon", "star", "midnight")
                ? Time.NIGHT
                : has(text, "dusk", "sunset", "evening", "twilight")
                        ? Time.DUSK
                        : has(text, "dawn", "sunrise", "morning") ? Time.DAWN : Time.DAY;
        Land land = has(text, "sea", "ocean", "lake", "harbour", "harbor", "bay", "coast", "beach", "river")
                ? Land.SEA
                : has(text, "mountain", "alps", "peak", "volcano", "glacier")
                        ? Land.MOUNTAINS
                        : has(text, "desert", "dune", "sand") ? Land.DESERT : Land.HILLS;
        Set<Thing> things = EnumSet.noneOf(Thing.class);
        if (has(text, "lighthouse", "tower")) {
            things.add(Thing.LIGHTHOUSE);
        }
        if (has(text, "boat", "ship", "sail", "yacht", "ferry")) {
            things.add(Thing.BOAT);
            if (land != Land.SEA) {
                land = Land.SEA; // a boat needs water
            }
        }
        if (has(text, "bird", "gull", "crow", "flock")) {
            things.add(Thing.BIRDS);
        }
        if (has(text, "forest", "wood", "tree", "pine")) {
            things.add(Thing.TREES);
        }
        if (has(text, "house", "cabin", "cottage", "village", "hut")) {
            things.add(Thing.HOUSE);
        }
        if (has(text, "cloud", "storm", "rain") || (time == Time.DAY && prompt.seed() % 3 != 0)) {
            things.add(Thing.CLOUDS);
        }
        Palette palette = Colours.styled(palette(time), prompt.style(), tint(prompt.text()));
        int seed = prompt.seed() * 1_000_003
                + prompt.text().strip().toLowerCase(Locale.ROOT).hashCode();
        return new Scene(time, land, things, palette, prompt.style(), seed);
    }

    private static Palette palette(Time time) {
        return switch (time) {
            case DAY -> new Palette("#4a90d9", "#cfe8f7", "#fff6c9", "#8fb3a0", "#3f6b47", "#2f6f9f");
            case DAWN -> new Palette("#6c7fc4", "#f8c9a0", "#ffe2a8", "#9a8fb0", "#4d4a6b", "#6a78a8");
            case DUSK -> new Palette("#2b2d6e", "#f08a5d", "#ffcf70", "#6b4a78", "#2c2140", "#3b3f7a");
            case NIGHT -> new Palette("#060b24", "#1d2d5c", "#f1f0d8", "#23304f", "#0d1326", "#142244");
        };
    }

    /** A colour from the whole prompt's text, so that words the model does not know still show. */
    private static String tint(String text) {
        int hash = text.strip().toLowerCase(Locale.ROOT).hashCode();
        return Colours.hsl(Math.floorMod(hash, 360), 0.55, 0.55);
    }

    private static boolean has(String text, String... words) {
        for (String word : words) {
            if (text.contains(" " + word) || text.contains("-" + word)) {
                return true;
            }
        }
        return false;
    }
}
