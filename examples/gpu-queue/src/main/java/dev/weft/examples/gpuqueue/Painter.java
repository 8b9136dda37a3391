package dev.weft.examples.gpuqueue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/**
 * Paints a {@link Scene} as an SVG image: sky, sun or moon, ridges, water and the things the prompt
 * asked for, placed by the seed. While the model "denoises", {@code noise} (1 at the first step, 0
 * when done) blurs the scene and lays grain over it, as a diffusion model's intermediate images
 * look.
 */
final class Painter {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final int HORIZON = 250;

    private final Scene scene;
    private final Scene.Palette palette;
    private final boolean sketch;
    private final Random random;
    private final StringBuilder svg = new StringBuilder(8_192);

    private Painter(Scene scene, boolean sketch) {
        this.scene = scene;
        this.sketch = sketch;
        this.palette = sketch
                ? new Scene.Palette("#f7f7f4", "#ececea", "#ffffff", "#d3d3cf", "#9a9a96", "#e2e2de")
                : scene.palette();
        this.random = new Random(scene.seed());
    }

    /** The image {@code 1 - noise} of the way through denoising: {@code noise = 0} is the finished image. */
    static String image(Prompt prompt, double noise) {
        return new Painter(Scene.of(prompt), false).paint(Math.max(0, Math.min(1, noise)));
    }

    /** A quick pencil sketch of the composition: the same places, in greys, with outlines. */
    static String sketch(Prompt prompt) {
        return new Painter(Scene.of(prompt), true).paint(0);
    }

    /** {@code svg} as a Markdown image (a data URI: an SVG in an {@code img} runs no script). */
    static String markdown(String svg, String alt) {
        String clean = alt.replaceAll("[\\[\\]\\\\\\n]", " ");
        return "![" + clean + "](data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)) + ")";
    }

    private String paint(double noise) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\">");
        defs(noise);
        double blur = 16 * Math.pow(noise, 1.4) + ("Watercolour".equals(scene.style()) && !sketch ? 0.9 : 0);
        svg.append(blur > 0.05 ? "<g filter=\"url(#soft)\">" : "<g>");
        svg.append("<rect width=\"640\" height=\"400\" fill=\"url(#sky)\"/>");
        if (scene.time() == Scene.Time.NIGHT && !sketch) {
            stars();
        }
        sun();
        if (scene.things().contains(Scene.Thing.CLOUDS)) {
            clouds();
        }
        double[] near = land();
        things(near);
        svg.append("</g>");
        if (noise > 0.01) {
            svg.append("<rect width=\"640\" height=\"400\" filter=\"url(#grain)\" opacity=\"")
                    .append(num(Math.min(1, noise * 1.05)))
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private void defs(double noise) {
        svg.append("<defs><linearGradient id=\"sky\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">")
                .append(stop(0, palette.skyTop()))
                .append(stop(0.62, palette.skyBottom()))
                .append("</linearGradient><radialGradient id=\"glow\">")
                .append("<stop offset=\"0\" stop-color=\"")
                .append(palette.sun())
                .append("\" stop-opacity=\"0.7\"/><stop offset=\"1\" stop-color=\"")
                .append(palette.sun())
                .append("\" stop-opacity=\"0\"/></radialGradient>")
                .append("<linearGradient id=\"water\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">")
                .append(stop(0, Colours.mix(palette.water(), palette.skyBottom(), 0.35)))
                .append(stop(1, palette.water()))
                .append("</linearGradient>");
        double blur = 16 * Math.pow(noise, 1.4) + ("Watercolour".equals(scene.style()) && !sketch ? 0.9 : 0);
        svg.append(
                        "<filter id=\"soft\" x=\"-5%\" y=\"-5%\" width=\"110%\" height=\"110%\"><feGaussianBlur stdDeviation=\"")
                .append(num(blur))
                .append("\"/></filter>");
        svg.append("<filter id=\"grain\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\">")
                .append("<feTurbulence type=\"fractalNoise\" baseFrequency=\"0.75\" numOctaves=\"2\" seed=\"")
                .append(Math.floorMod(scene.seed() + (int) (noise * 97), 10_000))
                .append("\"/><feColorMatrix values=\"1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 0 1\"/></filter>");
        svg.append("<filter id=\"neon\" x=\"-10%\" y=\"-10%\" width=\"120%\" height=\"120%\">")
                .append("<feGaussianBlur stdDeviation=\"3\" result=\"b\"/><feMerge><feMergeNode in=\"b\"/>")
                .append("<feMergeNode in=\"SourceGraphic\"/></feMerge></filter></defs>");
    }

    private void stars() {
        for (int i = 0; i < 80; i++) {
            svg.append(circle(random.nextDouble() * WIDTH, random.nextDouble() * 220, 0.5 + random.nextDouble() * 1.2))
                    .append(" fill=\"#fffbe8\" opacity=\"")
                    .append(num(0.35 + random.nextDouble() * 0.65))
                    .append("\"/>");
        }
    }

    private void sun() {
        double x = 110 + random.nextDouble() * 420;
        double y =
                switch (scene.time()) {
                    case DAY -> 70 + random.nextDouble() * 50;
                    case DAWN, DUSK -> HORIZON - 40 - random.nextDouble() * 25;
                    case NIGHT -> 60 + random.nextDouble() * 50;
                };
        double r = scene.time() == Scene.Time.NIGHT ? 20 : scene.time() == Scene.Time.DAY ? 24 : 34;
        if (!sketch) {
            svg.append(circle(x, y, r * 4)).append(" fill=\"url(#glow)\"/>");
        }
        boolean moon = scene.time() == Scene.Time.NIGHT;
        if (moon) { // a crescent: a mask takes a bite out of the moon, showing the sky behind it
            svg.append(
                            "<mask id=\"crescent\" maskUnits=\"userSpaceOnUse\" x=\"0\" y=\"0\" width=\"640\" height=\"400\">")
                    .append("<rect width=\"640\" height=\"400\" fill=\"white\"/>")
                    .append(circle(x + r * 0.45, y - r * 0.25, r * 0.85))
                    .append(" fill=\"black\"/></mask>");
        }
        svg.append(circle(x, y, r)).append(" fill=\"").append(palette.sun()).append('"');
        svg.append(outline())
                .append(neon())
                .append(moon ? " mask=\"url(#crescent)\"" : "")
                .append("/>");
        if (!moon && neonStyle()) { // a retro sun, cut by bands of sky
            for (int band = 0; band < 5; band++) {
                svg.append(rect(x - r, y + band * r / 5.5, 2 * r, 1.5 + band * 0.9))
                        .append(" fill=\"")
                        .append(palette.skyBottom())
                        .append("\"/>");
            }
        }
    }

    private void clouds() {
        String colour = sketch ? "#ffffff" : Colours.mix(palette.skyBottom(), "#ffffff", 0.75);
        for (int cloud = 0; cloud < 3; cloud++) {
            double x = 40 + random.nextDouble() * 560;
            double y = 40 + random.nextDouble() * 110;
            double size = 18 + random.nextDouble() * 18;
            svg.append("<g fill=\"")
                    .append(colour)
                    .append("\" opacity=\"0.85\"")
                    .append(outline())
                    .append('>');
            for (int puff = 0; puff < 4; puff++) {
                svg.append(ellipse(x + (puff - 1.5) * size * 0.9, y - (puff % 2) * size * 0.35, size, size * 0.6))
                        .append("/>");
            }
            svg.append("</g>");
        }
    }

    /** Draws the ridges (and water) and returns the heights of the nearest ridge, one per 10 px. */
    private double[] land() {
        String far = Colours.mix(palette.far(), palette.skyBottom(), 0.45);
        return switch (scene.land()) {
            case MOUNTAINS -> {
                ridge(HORIZON - 20, 120, 26, false, far);
                ridge(HORIZON + 20, 80, 34, false, palette.far());
                yield ridge(HORIZON + 95, 35, 60, true, palette.near());
            }
            case DESERT -> {
                String sand = sketch ? palette.far() : Colours.mix(palette.near(), "#d9a55b", 0.55);
                ridge(HORIZON, 30, 120, true, far);
                ridge(HORIZON + 40, 35, 110, true, Colours.mix(sand, palette.skyBottom(), 0.25));
                yield ridge(HORIZON + 100, 30, 140, true, sand);
            }
            case SEA -> {
                ridge(HORIZON - 2, 22, 40, true, far);
                water();
                double[] flat = new double[WIDTH / 10 + 1];
                java.util.Arrays.fill(flat, HEIGHT + 20); // no near ridge: things stand on the water or a cliff
                yield flat;
            }
            case HILLS -> {
                ridge(HORIZON - 5, 40, 90, true, far);
                ridge(HORIZON + 35, 35, 110, true, palette.far());
                yield ridge(HORIZON + 95, 30, 130, true, palette.near());
            }
        };
    }

    private double[] ridge(double base, double amplitude, int step, boolean smooth, String colour) {
        int points = WIDTH / step + 3;
        double[] control = new double[points];
        for (int i = 0; i < points; i++) {
            control[i] = base - amplitude * (0.25 + 0.75 * random.nextDouble());
        }
        double[] heights = new double[WIDTH / 10 + 1];
        StringBuilder path = new StringBuilder("M0 ").append(HEIGHT);
        for (int x = 0; x <= WIDTH; x += 10) {
            int i = x / step;
            double t = (x % step) / (double) step;
            double eased = smooth ? (1 - Math.cos(t * Math.PI)) / 2 : t;
            double y = control[i] + (control[i + 1] - control[i]) * eased;
            heights[x / 10] = y;
            path.append(" L").append(x).append(' ').append(num(y));
        }
        path.append(" L").append(WIDTH).append(' ').append(HEIGHT).append(" Z");
        if ("Neon".equals(scene.style()) && !sketch) {
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"")
                    .append(palette.water())
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"2\" filter=\"url(#neon)\"/>");
        } else {
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"")
                    .append(colour)
                    .append('"');
            svg.append(outline()).append("/>");
        }
        return heights;
    }

    private void water() {
        svg.append(rect(0, HORIZON, WIDTH, HEIGHT - HORIZON)).append(" fill=\"url(#water)\"");
        svg.append(outline()).append("/>");
        String shine = sketch ? "#b9b9b5" : Colours.mix(palette.sun(), palette.water(), 0.2);
        for (int i = 0; i < 38; i++) {
            double y = HORIZON + 6 + Math.pow(random.nextDouble(), 1.6) * (HEIGHT - HORIZON - 10);
            double length = 8 + random.nextDouble() * 30 * (y - HORIZON) / 60;
            double x = random.nextDouble() * WIDTH;
            svg.append(line(x, y, x + length, y, shine, 1.2))
                    .append(" opacity=\"")
                    .append(num(0.25 + 0.4 * random.nextDouble()))
                    .append("\"/>");
        }
    }

    private void things(double[] near) {
        if (scene.things().contains(Scene.Thing.TREES)) {
            Things.trees(this, near, random);
        }
        if (scene.things().contains(Scene.Thing.HOUSE)) {
            Things.house(this, near, random, scene.time() == Scene.Time.DUSK || scene.time() == Scene.Time.NIGHT);
        }
        if (scene.things().contains(Scene.Thing.BOAT)) {
            Things.boat(this, random);
        }
        if (scene.things().contains(Scene.Thing.LIGHTHOUSE)) {
            Things.lighthouse(this, near, random, scene.time() != Scene.Time.DAY);
        }
        if (scene.things().contains(Scene.Thing.BIRDS)) {
            Things.birds(this, random);
        }
    }

    // --- small helpers for Things and this class ------------------------------------------------

    /** Appends raw SVG. */
    Painter append(String text) {
        svg.append(text);
        return this;
    }

    Scene.Palette palette() {
        return palette;
    }

    boolean sketching() {
        return sketch;
    }

    /** A dark pencil outline in a sketch, nothing otherwise. */
    String outline() {
        return sketch ? " stroke=\"#6b6b66\" stroke-width=\"1.2\"" : "";
    }

    /** Whether the style is Neon (and this is not a sketch): outlines that glow on a dark ground. */
    boolean neonStyle() {
        return "Neon".equals(scene.style()) && !sketch;
    }

    private String neon() {
        return "Neon".equals(scene.style()) && !sketch ? " filter=\"url(#neon)\"" : "";
    }

    /** A colour for a thing of {@code colour}: itself, a grey in a sketch, sepia in ink. */
    String paint(String colour) {
        if (sketch) {
            return Colours.mix("#ffffff", "#8a8a86", 0.5);
        }
        return "Ink".equals(scene.style()) ? Colours.sepia(colour) : colour;
    }

    static String circle(double x, double y, double r) {
        return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + '"';
    }

    static String ellipse(double x, double y, double rx, double ry) {
        return "<ellipse cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" rx=\"" + num(rx) + "\" ry=\"" + num(ry) + '"';
    }

    static String rect(double x, double y, double width, double height) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(width) + "\" height=\"" + num(height)
                + '"';
    }

    static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + '"';
    }

    private static String stop(double offset, String colour) {
        return "<stop offset=\"" + num(offset) + "\" stop-color=\"" + colour + "\"/>";
    }

    /** A number as SVG wants it: a dot, at most one decimal. */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
