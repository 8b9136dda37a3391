package dev.weft.processor;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The names of {@code @Limited} groups: the rule for a name written in source, and the name of a
 * method's own group.
 */
final class GroupNames {

    /** The longest group name accepted: it becomes part of a Redis key and a metric tag. */
    static final int MAXIMUM_LENGTH = 100;

    private GroupNames() {}

    /** Whether {@code name} is 1 to {@value #MAXIMUM_LENGTH} ASCII letters, digits, '.', '_' or '-'. */
    static boolean valid(String name) {
        return !name.isEmpty()
                && name.length() <= MAXIMUM_LENGTH
                && name.chars().allMatch(GroupNames::allowed);
    }

    /**
     * Where {@code method} is declared, as messages and the default group name write it: {@code
     * com.acme.Outer.Inner#method}.
     */
    static String place(ExecutableElement method) {
        TypeElement type = (TypeElement) method.getEnclosingElement();
        return type.getQualifiedName() + "#" + method.getSimpleName();
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.';
    }
}
