package dev.weft.runtime.web;

import dev.weft.runtime.AppDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parts of an app's page that depend on the apps: its favicon, and the pages menu's entries. */
final class PageParts {

    /**
     * Weft's logo, the icon of an app that names none, as a {@code data:} URL: the tab's favicon costs
     * no request of its own beside the page header's logo, which the browser cannot share with it
     * (it fetches a favicon apart from the page's images).
     */
    static final String DEFAULT_FAVICON = dataUrl(resource("/META-INF/resources/_weft/favicon.svg"));

    private PageParts() {}

    /**
     * The favicon's URL for {@code @App(icon)}: the image path itself, an SVG holding the emoji as a
     * {@code data:} URL, or Weft's logo.
     */
    static String favicon(String icon) {
        if (icon.isEmpty()) {
            return DEFAULT_FAVICON;
        }
        if (icon.startsWith("/")) {
            return icon;
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">"
                + "<text x=\"50\" y=\"50\" dominant-baseline=\"central\" text-anchor=\"middle\" font-size=\"86\">"
                + icon + "</text></svg>";
        return dataUrl(svg);
    }

    private static String dataUrl(String svg) {
        return "data:image/svg+xml,"
                + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A resource of Weft's runtime jar as text; {@code name} is absolute, or relative to this package. */
    static String resource(String name) {
        try (InputStream in = PageParts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Weft's " + name + " is missing from the runtime jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The favicon's MIME type attribute: only an emoji's is known for sure; the browser sniffs a file. */
    static String faviconType(String icon) {
        return icon.isEmpty() || !icon.startsWith("/") ? "image/svg+xml" : "";
    }

    /**
     * The pages menu as a JSON array of {@code {"path","title","icon","section"}} in menu order, safe
     * inside {@code <script type="application/json">}: no {@code <} appears in it. Of {@code pages}
     * (every page the user may see, in menu order), hidden ones are left out; the browser groups the
     * rest by section, a section where its first page is.
     */
    static String menu(List<AppDefinition> pages) {
        StringBuilder json = new StringBuilder("[");
        for (AppDefinition page : pages) {
            if (page.hidden()) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"path\":")
                    .append(jsonString(page.path()))
                    .append(",\"title\":")
                    .append(jsonString(page.title()))
                    .append(",\"icon\":")
                    .append(jsonString(page.icon()))
                    .append(",\"section\":")
                    .append(jsonString(page.section()))
                    .append('}');
        }
        return json.append(']').toString();
    }

    /** A JSON string literal that also escapes {@code <}, {@code >} and {@code &} for HTML. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
