package dev.weft.runtime.uploads;

import java.util.Locale;

/** File sizes as people read them. */
public final class Sizes {

    private Sizes() {}

    /**
     * {@code 512 bytes}, {@code 1000 bytes}, {@code 10.5 KB}, {@code 10 MB}: decimal units, as browsers and
     * file managers show them; exact below 10,000 bytes, where rounding would make a file just over a
     * limit read as the limit.
     */
    public static String describe(long bytes) {
        if (bytes < 10_000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}
