package dev.weft.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Reads and checks the security annotations of an {@code @App} class or a fragment method:
 * {@code @RolesAllowed}, {@code @PermitAll} (both {@code jakarta.annotation.security}) and Quarkus's
 * {@code @Authenticated}. At most one of them on an element; {@code @RolesAllowed} names at least
 * one role, none blank and none a property expression; {@code @DenyAll} is refused (a page or
 * section nobody may see is one to delete).
 */
final class AccessRules {

    /** The role Quarkus reads as "any logged-in user". */
    private static final String ANY_ROLE = "**";

    private AccessRules() {}

    /** Reports every rule {@code element}'s annotations break. */
    static void check(Element element, String elementName, Reporter reporter) {
        List<AnnotationMirror> present = new ArrayList<>();
        for (String name : List.of(Names.ROLES_ALLOWED, Names.AUTHENTICATED, Names.PERMIT_ALL)) {
            Annotations.find(element, name).ifPresent(present::add);
        }
        Annotations.find(element, Names.DENY_ALL)
                .ifPresent(deny -> reporter.error(ErrorMessages.accessDenyAll(elementName), element, deny));
        if (present.size() > 1) {
            reporter.error(ErrorMessages.accessConflict(elementName, simpleNames(present)), element, present.get(1));
        }
        Annotations.find(element, Names.ROLES_ALLOWED)
                .ifPresent(roles -> checkRoles(element, elementName, roles, reporter));
    }

    /** The access {@code element} declares itself, if it has an annotation (it has passed {@link #check}). */
    static Optional<AccessModel> declared(Element element) {
        Optional<AnnotationMirror> roles = Annotations.find(element, Names.ROLES_ALLOWED);
        if (roles.isPresent()) {
            List<String> names = roles(roles.get());
            return Optional.of(names.contains(ANY_ROLE) ? AccessModel.AUTHENTICATED : new AccessModel(true, names));
        }
        if (Annotations.has(element, Names.AUTHENTICATED)) {
            return Optional.of(AccessModel.AUTHENTICATED);
        }
        if (Annotations.has(element, Names.PERMIT_ALL)) {
            return Optional.of(AccessModel.ANYONE);
        }
        return Optional.empty();
    }

    private static void checkRoles(
            Element element, String elementName, AnnotationMirror annotation, Reporter reporter) {
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, "value");
        List<String> roles = roles(annotation);
        if (roles.isEmpty()) {
            if (value.isPresent()) {
                reporter.error(ErrorMessages.accessNoRoles(elementName), element, annotation, value.get());
            } else {
                reporter.error(ErrorMessages.accessNoRoles(elementName), element, annotation);
            }
            return;
        }
        for (String role : roles) {
            if (role.isBlank() || role.contains("${")) {
                reporter.error(
                        ErrorMessages.accessBadRole(elementName, role), element, annotation, value.orElseThrow());
            }
        }
    }

    private static List<String> roles(AnnotationMirror annotation) {
        Object value = Annotations.explicitValue(annotation, "value")
                .map(AnnotationValue::getValue)
                .orElse(List.of());
        List<String> roles = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue entry && entry.getValue() instanceof String role) {
                    roles.add(role);
                }
            }
        } else if (value instanceof String role) {
            roles.add(role);
        }
        return roles;
    }

    private static List<String> simpleNames(List<AnnotationMirror> annotations) {
        return annotations.stream()
                .map(mirror -> "@" + mirror.getAnnotationType().asElement().getSimpleName())
                .toList();
    }
}
