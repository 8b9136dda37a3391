package dev.weft.processor;

import java.util.Optional;

/**
 * The rules for {@code @App(path)}, listed in the Javadoc of {@link dev.weft.App#path()}.
 *
 * <p>A valid path is canonical: two paths that serve the same page are equal strings, so
 * duplicates can be found by string comparison.
 */
final class PathRules {

    private PathRules() {}

    /** The message for the first rule {@code path} breaks, or empty when it is valid. */
    static Optional<String> check(String path) {
        if (!path.startsWith("/")) {
            return Optional.of(ErrorMessages.pathNotAbsolute(path));
        }
        Optional<String> bad = path.codePoints()
                .filter(c -> !allowed(c))
                .mapToObj(Character::toString)
                .findFirst();
        if (bad.isPresent()) {
            return Optional.of(ErrorMessages.pathCharacter(path, bad.get()));
        }
        if (path.contains("//")) {
            return Optional.of(ErrorMessages.pathEmptySegment(path));
        }
        if (path.length() > 1 && path.endsWith("/")) {
            return Optional.of(ErrorMessages.pathTrailingSlash(path));
        }
        if (hasDotSegment(path)) {
            return Optional.of(ErrorMessages.pathDotSegment(path));
        }
        if (isUnder(path, "/q") || isUnder(path, "/_weft")) {
            return Optional.of(ErrorMessages.pathReserved(path));
        }
        return Optional.empty();
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '/';
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
