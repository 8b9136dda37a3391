package dev.weft.processor;

import java.util.Optional;

/** The rules for {@code @App(section)}, listed in the Javadoc of {@link dev.weft.App}. */
final class SectionRules {

    /** The most characters a section heading may have: it is a heading in a narrow sidebar. */
    static final int MAXIMUM_LENGTH = 40;

    private SectionRules() {}

    /** The message for the rule {@code section} breaks, or empty when it is valid (or empty). */
    static Optional<String> check(String section) {
        if (section.isEmpty()) {
            return Optional.empty();
        }
        boolean valid = !section.isBlank()
                && section.strip().equals(section)
                && section.length() <= MAXIMUM_LENGTH
                && section.codePoints().noneMatch(Character::isISOControl);
        return valid ? Optional.empty() : Optional.of(ErrorMessages.appSection(section));
    }
}
