package dev.weft.processor;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for {@code @App(icon)}, listed in the Javadoc of {@link dev.weft.App}: empty, a single
 * emoji or other symbol, or the absolute path of an image file.
 */
final class IconRules {

    /** The file name endings of an image path, as browsers take them for a favicon. */
    static final List<String> IMAGE_EXTENSIONS =
            List.of(".svg", ".png", ".ico", ".gif", ".jpg", ".jpeg", ".webp", ".avif");

    /** The most UTF-16 chars of a text icon: a long emoji ZWJ sequence fits, a sentence does not. */
    static final int MAXIMUM_TEXT_LENGTH = 32;

    private IconRules() {}

    /** The message for the rule {@code icon} breaks, or empty when it is valid. */
    static Optional<String> check(String icon) {
        if (icon.isEmpty()) {
            return Optional.empty();
        }
        if (icon.startsWith("/")) {
            return validPath(icon) ? Optional.empty() : Optional.of(ErrorMessages.appIconPath(icon));
        }
        return singleSymbol(icon) ? Optional.empty() : Optional.of(ErrorMessages.appIconText(icon));
    }

    /** Whether {@code icon} is an image path: the characters of an app path, and an image file name. */
    private static boolean validPath(String icon) {
        boolean characters = icon.chars()
                .allMatch(c -> (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '_'
                        || c == '.'
                        || c == '/');
        if (!characters || icon.contains("//")) {
            return false;
        }
        for (String segment : icon.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        String lower = icon.toLowerCase(Locale.ROOT);
        return IMAGE_EXTENSIONS.stream()
                .anyMatch(extension -> lower.endsWith(extension) && lower.length() > extension.length() + 1);
    }

    /** Whether {@code icon} is one user-perceived character (grapheme cluster) that is not blank. */
    private static boolean singleSymbol(String icon) {
        if (icon.length() > MAXIMUM_TEXT_LENGTH || icon.isBlank()) {
            return false;
        }
        if (icon.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return false;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(icon);
        characters.first();
        return characters.next() == icon.length();
    }
}
