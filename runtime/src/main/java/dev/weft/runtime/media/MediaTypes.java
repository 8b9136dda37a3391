package dev.weft.runtime.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognizes images by their content, and checks MIME types and URLs given by an app. */
public final class MediaTypes {

    static final String SVG = "image/svg+xml";

    private static final Pattern MIME =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private MediaTypes() {}

    /** The MIME type of an image held in {@code data} (PNG, JPEG, GIF, WebP, SVG), or null. */
    public static String image(byte[] data) {
        if (data == null || data.length < 4) {
            return null;
        }
        if (startsWith(data, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (data.length >= 12
                && startsWith(data, 'R', 'I', 'F', 'F')
                && data[8] == 'W'
                && data[9] == 'E'
                && data[10] == 'B'
                && data[11] == 'P') {
            return "image/webp";
        }
        return isSvg(data) ? SVG : null;
    }

    /** Whether {@code data} is SVG text: an {@code <svg} element near its start, after any prolog. */
    private static boolean isSvg(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 2048), StandardCharsets.UTF_8)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        return (head.startsWith("<svg")
                        || head.startsWith("<?xml")
                        || head.startsWith("<!--")
                        || head.startsWith("<!doctype svg"))
                && head.contains("<svg");
    }

    /** The MIME type a download is served as: {@code mimeType} checked, or {@code application/octet-stream}. */
    public static String download(String mimeType) {
        if (mimeType == null) {
            return "application/octet-stream";
        }
        String type = mimeType.strip().toLowerCase(Locale.ROOT);
        if (!MIME.matcher(type).matches()) {
            throw new IllegalArgumentException("'" + mimeType
                    + "' is not a MIME type. Give one such as text/csv, or null for application/octet-stream.");
        }
        return type;
    }

    /** Checks an image URL: {@code http(s)://...} or a path on this server. */
    public static String imageUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        boolean ok = lower.startsWith("https://")
                || lower.startsWith("http://")
                || (trimmed.startsWith("/") && !trimmed.startsWith("//"));
        if (!ok || trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new IllegalArgumentException("Image URL '" + url
                    + "' is not an http(s) URL or a path on this server. Pass the image's bytes instead.");
        }
        return trimmed;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
