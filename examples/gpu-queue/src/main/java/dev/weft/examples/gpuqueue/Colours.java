package dev.weft.examples.gpuqueue;

import java.util.Locale;

/** Colour arithmetic on {@code #rrggbb} strings, and the styles' palettes. */
final class Colours {

    private Colours() {}

    /** {@code palette} as {@code style} paints it, tinted 12 % towards {@code tint}. */
    static Scene.Palette styled(Scene.Palette palette, String style, String tint) {
        Scene.Palette tinted = map(palette, colour -> mix(colour, tint, 0.12));
        return switch (style) {
            case "Watercolour" -> map(tinted, colour -> mix(colour, "#fbf7ef", 0.38));
            case "Ink" -> map(tinted, Colours::sepia);
            case "Neon" ->
                new Scene.Palette("#07051a", "#1b0f3d", "#ff4fd8", mix("#00e5ff", tint, 0.3), "#ff4fd8", "#120a33");
            default -> tinted;
        };
    }

    /** The colour {@code t} of the way from {@code from} to {@code to}. */
    static String mix(String from, String to, double t) {
        int[] a = rgb(from);
        int[] b = rgb(to);
        return hex((int) Math.round(a[0] + (b[0] - a[0]) * t), (int) Math.round(a[1] + (b[1] - a[1]) * t), (int)
                Math.round(a[2] + (b[2] - a[2]) * t));
    }

    /** A colour from hue (degrees), saturation and lightness (0 to 1). */
    static String hsl(double hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = lightness - chroma / 2;
        double[] rgb =
                switch ((int) (hue / 60) % 6) {
                    case 0 -> new double[] {chroma, x, 0};
                    case 1 -> new double[] {x, chroma, 0};
                    case 2 -> new double[] {0, chroma, x};
                    case 3 -> new double[] {0, x, chroma};
                    case 4 -> new double[] {x, 0, chroma};
                    default -> new double[] {chroma, 0, x};
                };
        return hex((int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255), (int)
                Math.round((rgb[2] + m) * 255));
    }

    /** The colour's lightness as a grey, warmed like ink on old paper. */
    static String sepia(String colour) {
        int[] c = rgb(colour);
        double grey = (0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]) / 255;
        return mix("#2a1f14", "#f3e9d2", grey);
    }

    private static Scene.Palette map(Scene.Palette p, java.util.function.UnaryOperator<String> f) {
        return new Scene.Palette(
                f.apply(p.skyTop()),
                f.apply(p.skyBottom()),
                f.apply(p.sun()),
                f.apply(p.far()),
                f.apply(p.near()),
                f.apply(p.water()));
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static String hex(int r, int g, int b) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", clamp(r), clamp(g), clamp(b));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
