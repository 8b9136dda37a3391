package dev.weft.runtime.uploads;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a file uploader accepts, and whether a file is what it says: by its extension, the MIME type
 * the browser declared, and, for formats that start with a signature (PNG, JPEG, PDF, ZIP, ...), its
 * first bytes.
 *
 * <p>An uploader's accepted list holds extensions ({@code .csv}) and MIME types ({@code image/png},
 * {@code image/*}). A file is accepted when its extension is listed, or when its type (known from
 * its extension, or else as declared) matches a listed MIME type. A declared type that contradicts a
 * known extension (a {@code .png} sent as {@code text/html}) is refused; browsers declare types from
 * the extension, differently per platform, so each known extension allows its usual aliases, and an
 * empty or {@code application/octet-stream} declaration says nothing.
 */
public final class FileTypes {

    /** A known file format: its MIME type, the other types browsers declare for it, and its signature. */
    record Format(String name, String mime, Set<String> aliases, byte[][] signatures) {
        boolean declaredAs(String type) {
            return mime.equals(type) || aliases.contains(type);
        }
    }

    static final String UNKNOWN = "application/octet-stream";

    /** How many first bytes of a file the signature check needs. */
    public static final int HEAD = 12;

    private static final Map<String, Format> BY_EXTENSION = formats();

    private FileTypes() {}

    /**
     * The accepted list as the uploader keeps and sends it: extensions lower case with a dot, MIME
     * types lower case, duplicates dropped, in the order given.
     *
     * @throws IllegalArgumentException for a blank entry or one that is neither
     */
    public static List<String> normalize(List<String> types) {
        Set<String> out = new LinkedHashSet<>();
        for (String type : types) {
            String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            if (t.contains("/")) {
                if (!t.matches("[a-z0-9.+-]+/([a-z0-9.+-]+|\\*)")) {
                    throw new IllegalArgumentException(
                            "'" + type + "' is not a MIME type such as text/csv or image/*.");
                }
                out.add(t);
            } else {
                String ext = t.startsWith(".") ? t.substring(1) : t;
                if (!ext.matches("[a-z0-9][a-z0-9_+-]{0,15}")) {
                    throw new IllegalArgumentException(
                            "'" + type + "' is not a file extension such as csv or .png, nor a MIME type.");
                }
                out.add("." + ext);
            }
        }
        return List.copyOf(out);
    }

    /** The extension of a file name, lower case, without the dot; empty if it has none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A declared type without parameters, lower case; empty when there is none. */
    public static String declared(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The type an accepted file is reported with: its format's, else the declared one, else unknown. */
    public static String typeOf(String name, String declared) {
        Format format = BY_EXTENSION.get(extension(name));
        if (format != null) {
            return format.mime();
        }
        return declared.isEmpty() ? UNKNOWN : declared;
    }

    /**
     * Why {@code accepted} refuses a file with this name and declared type, or null if it takes it.
     *
     * @param label the uploader's label, for the message
     */
    public static String refusal(String label, List<String> accepted, String name, String declared) {
        String ext = extension(name);
        Format format = BY_EXTENSION.get(ext);
        boolean specific = !declared.isEmpty() && !declared.equals(UNKNOWN);
        if (format != null && specific && !format.declaredAs(declared)) {
            return "'" + name + "' was sent as " + declared + ", which is not the type of a " + format.name()
                    + " file (" + format.mime() + ").";
        }
        if (accepted.isEmpty() || accepted.contains("." + ext)) {
            return null;
        }
        String type = format != null ? format.mime() : specific ? declared : null;
        for (String entry : accepted) {
            if (type != null && entry.contains("/") && matches(entry, type)) {
                return null;
            }
        }
        return "'" + name + "' is not a file type '" + label + "' takes: it takes " + describe(accepted) + ".";
    }

    /** Whether a file of this name starts as its format must, where its format has a signature. */
    public static boolean contentMatches(String name, byte[] head) {
        Format format = BY_EXTENSION.get(extension(name));
        if (format == null || format.signatures().length == 0) {
            return true;
        }
        for (byte[] signature : format.signatures()) {
            if (startsWith(head, signature)) {
                return true;
            }
        }
        return false;
    }

    /** The refusal for a file whose content is not its extension's format. */
    public static String notItsFormat(String name) {
        Format format = BY_EXTENSION.get(extension(name));
        return "'" + name + "' is not a " + (format == null ? "valid" : format.name())
                + " file: its content does not match its extension.";
    }

    /** The accepted list as a person reads it: "CSV or PNG files", "image files", "any file". */
    static String describe(List<String> accepted) {
        if (accepted.isEmpty()) {
            return "any file";
        }
        List<String> names = new ArrayList<>();
        for (String entry : accepted) {
            if (entry.endsWith("/*")) {
                names.add(entry.substring(0, entry.length() - 2));
            } else if (entry.contains("/")) {
                names.add(entry);
            } else {
                names.add(entry.substring(1).toUpperCase(Locale.ROOT));
            }
        }
        String last = names.removeLast();
        return (names.isEmpty() ? last : String.join(", ", names) + " or " + last) + " files";
    }

    private static boolean matches(String pattern, String type) {
        return pattern.endsWith("/*")
                ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(type);
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            // '?' after the first four bytes matches any byte (the RIFF size of WebP and WAV).
            if (signature[i] != head[i] && !(signature[i] == '?' && i >= 4)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Format> formats() {
        Map<String, Format> all = new TreeMap<>();
        byte[] zip = {'P', 'K', 3, 4};
        byte[] emptyZip = {'P', 'K', 5, 6};
        add(
                all,
                "CSV",
                "text/csv",
                aliases(
                        "application/vnd.ms-excel",
                        "text/plain",
                        "application/csv",
                        "text/x-csv",
                        "text/comma-separated-values"),
                "csv");
        add(all, "TSV", "text/tab-separated-values", aliases("text/plain"), "tsv");
        add(all, "text", "text/plain", aliases(), "txt", "log");
        add(all, "Markdown", "text/markdown", aliases("text/plain", "text/x-markdown"), "md");
        add(all, "JSON", "application/json", aliases("text/json", "text/plain"), "json");
        add(all, "XML", "application/xml", aliases("text/xml"), "xml");
        add(all, "PDF", "application/pdf", aliases(), "pdf", ascii("%PDF-"));
        add(all, "PNG", "image/png", aliases(), "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        add(all, "JPEG", "image/jpeg", aliases("image/jpg", "image/pjpeg"), "jpg", new byte[] {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF
        });
        all.put("jpeg", all.get("jpg"));
        add(all, "GIF", "image/gif", aliases(), "gif", ascii("GIF87a"), ascii("GIF89a"));
        add(all, "WebP", "image/webp", aliases(), "webp", ascii("RIFF????WEBP"));
        add(all, "SVG", "image/svg+xml", aliases(), "svg");
        add(
                all,
                "WAV",
                "audio/wav",
                aliases("audio/x-wav", "audio/wave", "audio/vnd.wave"),
                "wav",
                ascii("RIFF????WAVE"));
        add(
                all,
                "ZIP",
                "application/zip",
                aliases("application/x-zip-compressed", "application/x-zip"),
                "zip",
                zip,
                emptyZip);
        add(all, "Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", aliases(), "xlsx", zip);
        add(
                all,
                "Word",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                aliases(),
                "docx",
                zip);
        add(all, "Parquet", "application/vnd.apache.parquet", aliases(), "parquet", ascii("PAR1"));
        add(all, "gzip", "application/gzip", aliases("application/x-gzip"), "gz", new byte[] {0x1F, (byte) 0x8B});
        return Map.copyOf(all);
    }

    private static void add(
            Map<String, Format> all, String name, String mime, Set<String> aliases, String ext, byte[]... signatures) {
        all.put(ext, new Format(name, mime, aliases, signatures));
    }

    private static void add(
            Map<String, Format> all, String name, String mime, Set<String> aliases, String ext, String other) {
        Format format = new Format(name, mime, aliases, new byte[0][]);
        all.put(ext, format);
        all.put(other, format);
    }

    private static Set<String> aliases(String... types) {
        return Set.of(types);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
