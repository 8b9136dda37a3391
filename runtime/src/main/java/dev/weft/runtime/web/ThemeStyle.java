package dev.weft.runtime.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page's theme settings ({@code quarkus.weft.theme.*}) as the page needs them: the mode its first paint
 * uses, and a small style sheet that sets the primary colour in the light and dark themes.
 */
record ThemeStyle(String mode, String css) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** How much white the dark theme mixes into the primary colour, and into links. */
    private static final double DARK_ACCENT_LIGHTEN = 0.30;

    private static final double DARK_LINK_LIGHTEN = 0.45;

    /** How much black the light theme mixes into links, to read as text on white. */
    private static final double LIGHT_LINK_DARKEN = 0.12;

    /** Text on the primary colour when white does not contrast enough. */
    private static final String DARK_TEXT = "#0f1117";

    /**
     * The theme of {@code quarkus.weft.theme.primary-color} and {@code quarkus.weft.theme.mode}.
     *
     * @throws IllegalArgumentException when the colour is not {@code #rgb} or {@code #rrggbb}
     */
    static ThemeStyle of(Optional<String> primaryColor, String mode) {
        return new ThemeStyle(
                mode.toLowerCase(Locale.ROOT), primaryColor.map(ThemeStyle::css).orElse(""));
    }

    private static String css(String color) {
        String value = color.trim();
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("[Weft/ThemeColor] quarkus.weft.theme.primary-color '" + color
                    + "' is not a colour Weft can use. Write it as #rrggbb or #rgb, for example #e11d48.");
        }
        int[] rgb = parse(value);
        int[] darkAccent = mix(rgb, 255, DARK_ACCENT_LIGHTEN);
        return "<style>:root{--weft-accent:" + hex(rgb)
                + ";--weft-link:" + hex(mix(rgb, 0, LIGHT_LINK_DARKEN))
                + ";--weft-on-accent:" + textOn(rgb)
                + "}:root[data-theme=\"dark\"]{--weft-accent:" + hex(darkAccent)
                + ";--weft-link:" + hex(mix(rgb, 255, DARK_LINK_LIGHTEN))
                + ";--weft-on-accent:" + textOn(darkAccent)
                + "}</style>";
    }

    private static int[] parse(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        int value = Integer.parseInt(digits, 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    /** {@code rgb} moved {@code amount} of the way towards {@code target} (0 black, 255 white). */
    private static int[] mix(int[] rgb, int target, double amount) {
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(rgb[i] + (target - rgb[i]) * amount);
        }
        return mixed;
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** White or near-black, whichever has the higher WCAG contrast ratio on {@code rgb}. */
    private static String textOn(int[] rgb) {
        double background = luminance(rgb);
        double white = 1.05 / (background + 0.05);
        double black = (background + 0.05) / (luminance(parse(DARK_TEXT)) + 0.05);
        return white >= black ? "#ffffff" : DARK_TEXT;
    }

    /** WCAG 2 relative luminance. */
    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
